#!/bin/sh
# MySQL init (docker-entrypoint-initdb.d): one database per service and a user that may touch only
# its own. Passwords come from the environment (infra/.env), never from this file.
set -eu
for service in requests actions experts monitoring portfolio notifier; do
  var=$(echo "MYSQL_${service}_PASSWORD" | tr '[:lower:]' '[:upper:]')
  eval "password=\${$var:?$var must be set}"
  mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS \`mieux_${service}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'mieux_${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`mieux_${service}\`.* TO 'mieux_${service}'@'%';
SQL
done
