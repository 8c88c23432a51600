/** Who may read sales records, and who may create or change them (the API checks the same). */
export const salesReaders = ['admin', 'head_of_sales', 'sales_manager', 'marketer', 'analyst'];
export const salesWriters = ['admin', 'head_of_sales', 'sales_manager'];
export const performanceReaders = [...salesWriters, 'analyst'];

export const canWriteSales = (roles: string[]) => roles.some((r) => salesWriters.includes(r));
