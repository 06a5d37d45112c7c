/**
 * The namespace of AIPAY's functions in the manifest this build ships (Functions.Namespace):
 * AIPAY in production, AIPAYDEV in development, so the two can be installed side by side.
 * webpack's DefinePlugin writes it in; every formula the pane writes uses it.
 */
declare const AIPAY_FUNCTION_NAMESPACE: string;

export const functionNamespace: string = AIPAY_FUNCTION_NAMESPACE;
