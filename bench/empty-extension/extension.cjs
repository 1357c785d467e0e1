// The baseline: what activating any extension costs in this extension host.
exports.activate = () => ({});
