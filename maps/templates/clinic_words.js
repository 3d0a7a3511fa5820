/* How the page words numbers for patients: thousands separators, dollars and cents, miles, fees, counts. */
const clinicWords = (() => {
  "use strict";
  const number = (n) => n.toLocaleString("en-US");
  const dollars = (n) => "$" + n.toLocaleString("en-US", { minimumFractionDigits: n % 1 ? 2 : 0,
    maximumFractionDigits: 2 });
  return {
    number,
    dollars,
    clinics: (n) => (n === 0 ? "No clinic" : n === 1 ? "1 clinic" : number(n) + " clinics"),
    miles: (d) => (d < 0.05 ? "under 0.1" : d.toFixed(1)) + " miles",
    /* A clinic's fee per infusion, as the list words it (common/money.py fee_range). */
    fee(low, high) {
      if (low === null) return "Fee not published";
      if (high === null) return "from " + dollars(low) + " per infusion";
      return (high === low ? dollars(low) : dollars(low) + "\u2013" + dollars(high)) + " per infusion";
    },
  };
})();
