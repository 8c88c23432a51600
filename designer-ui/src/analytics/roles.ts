/**
 * Who may use the client-analysis actions; the API checks the same. Sales lines are stored only
 * for clients the importer may edit (so these roles), the recalculation is for admins and analysts.
 */
export const salesImporters = ['admin', 'head_of_sales', 'sales_manager', 'agent'];
export const classRecalculators = ['admin', 'analyst'];
