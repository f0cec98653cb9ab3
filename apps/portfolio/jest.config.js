module.exports = require('../../jest.subgraph.js');
