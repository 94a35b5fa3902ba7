// tachometer requires a `chromedriver` module and uses its `path`; this one names the system's driver.
module.exports = { path: process.env.CHROMEDRIVER_BIN || '/usr/bin/chromedriver' };
