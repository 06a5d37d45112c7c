/** The namespace the manifest gives AIPAY's functions (Functions.Namespace): every formula the pane writes uses it. */
export const functionNamespace = "AIPAY";
