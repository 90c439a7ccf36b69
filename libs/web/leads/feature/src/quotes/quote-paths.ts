/** The quote template screen (functional administrators), under the leads configuration. */
export const QUOTE_TEMPLATE_PATH = '/beheer/offertesjabloon';
