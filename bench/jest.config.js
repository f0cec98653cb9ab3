// The bench's pure parts (statistics, comparison of answers, the README's table); the bench itself runs apart.
module.exports = { ...require('../jest.preset.js'), testMatch: ['<rootDir>/test/**/*.test.js'] };
