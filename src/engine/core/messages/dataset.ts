/** The messages for a dataset AIPAY refuses to load. */
export const DatasetMessage = {
  /** The schema's problems, one `path: message` a line. */
  invalid: (problems: readonly string[]) => `The AIPAY dataset is invalid:\n${problems.join("\n")}`,
  notValidated: () =>
    "The AIPAY dataset was not validated when this bundle was built: build it with webpack.config.js, whose DatasetValidationPlugin checks the data and embeds it.",
};
