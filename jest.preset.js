const nxPreset = require('@nx/jest/preset').default;

// Every test runs in UTC, whatever the machine's time zone.
process.env.TZ = 'UTC';

module.exports = { ...nxPreset };
