/** How figures read on screen: whole pounds for salaries, pounds and pence only when there are pence. */
const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });
const pence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });

export const formatMoney = (amount: number) => (Number.isInteger(amount) ? pounds : pence).format(amount);
