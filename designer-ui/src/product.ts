/** The product's name is a brand, shown the same in every language. */
export const PRODUCT_NAME = 'Process CRM';
