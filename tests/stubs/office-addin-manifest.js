// office-addin-mock imports office-addin-manifest only for its CLI path; its ESM-only dependency breaks jest.
module.exports = {};
