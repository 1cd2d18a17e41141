// Verifies webhook deliveries with the Standard Webhooks reference library, as a receiver would:
//   node verify.mjs <cases.json>
// cases.json: [{ "secret": "whsec_...", "headers": { "webhook-id": ..., ... }, "body": "..." }, ...]
// Prints, as JSON, one answer per case: "verified", or the library's error message.
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
console.log(JSON.stringify(cases.map(({ secret, headers, body }) => {
  try {
    new Webhook(secret).verify(body, headers);
    return "verified";
  } catch (error) {
    return error.message;
  }
})));
