"""Writes hostile-inputs.json, the corpus HostileInputTests sends to every write endpoint. Run: python3 make-hostile-inputs.py"""
import json
cases=[]
def add(kind, name, value=None, **kw):
    c={"kind":kind,"name":name}
    if value is not None: c["value"]=value
    c.update(kw); cases.append(c)

raw = ["", " ", "{", "}", "{\"", "{\"a\":", "{\"a\":}", "{,}", "[", "[]", "[{}]", "null", "true", "false", "0", "-1", "\"text\"",
       "{}{}", "{} trailing", "{'single':'quotes'}", "{\"a\":1,}", "{a:1}", "{\"a\":undefined}", "{\"a\":NaN}", "{\"a\":Infinity}",
       "{\"a\":-Infinity}", "{\"a\":01}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}",
       "/* comment */ {}", "// comment\n{}", "\ufeff{}", "{\"a\":\"\t\"}", "<?xml version=\"1.0\"?><a/>", "<html><body>hi</body></html>",
       "a=1&b=2", "--boundary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--boundary--", "\u0000", "{\"\u0000\":1}",
       "{\"a\":1}\u0000", "[1,2,3", "{\"a\":[1,2,}", "{\"__proto__\":{\"admin\":true}}", "{\"constructor\":{\"prototype\":{}}}", "{\"$type\":\"System.Object\"}"]
for i,r in enumerate(raw): add("rawBody", f"raw body #{i+1}", r)

for ct in ["text/plain", "application/xml", "text/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=boundary",
           "application/json; charset=iso-8859-1", "application/json; charset=utf-16", "application/json; charset=ebcdic",
           "application/jsonx", "application/*", "*/*", "application/json-patch+json", "application/merge-patch+json", "image/png", "none"]:
    add("contentType", f"content type {ct}", ct)

for b in ["ff", "fe", "c0af", "e282", "eda080", "f4908080", "80", "c3", "efbfbe", "00"]:
    add("invalidUtf8", f"bytes {b} inside a string", b)
for f in [0.05, 0.1, 0.25, 0.33, 0.5, 0.66, 0.75, 0.9, 0.99]:
    add("truncate", f"truncated at {int(f*100)}%", f)
for d in [64, 65, 200, 1000, 10000, 100000]:
    add("deepArrays", f"arrays nested {d} deep", d)
    add("deepObjects", f"objects nested {d} deep", d)
for n in [1025, 10001, 100001, 1000001]:
    add("longStrings", f"every string {n} characters", n)
for n in [101, 1001, 100000]:
    add("bigArrays", f"every array with {n} items", n)
add("hugeBody", "body of 2 MB", 2*1024*1024)
add("hugeBody", "body of 8 MB", 8*1024*1024)

for k in ["first", "last", "every"]:
    add("duplicateKey", f"duplicate key: {k} property twice", k)
for p in ["id", "status", "createdAt", "updatedAt", "version", "slug", "waitlistPosition", "manageTokenHash", "emailKey", "role", "isAdmin", "__proto__", "unknownProperty", "ID", "Status"]:
    add("extraProperty", f"extra property {p}", p)

strings = ["\u0000", "a\u0000b", "\u0001\u0002\u0003", "\u202eRTL override\u202c", "\u200f\u05e9\u05dc\u05d5\u05dd", "مرحبا بالعالم",
           "😀👍🏽👨‍👩‍👧‍👦", "🏳️‍🌈", "\ud83d", "\udc00", "Ｆｕｌｌ　ｗｉｄｔｈ", "Z̴̧͍͙̈́a̶͎̎l̷͔̾g̵̣̈o", "\u00a0\u2028\u2029",
           "' OR '1'='1", "'; DROP TABLE events; --", "1; SELECT pg_sleep(10)", "\\'; --", "%' OR 1=1 --", "$1", "E'\\\\x00'",
           "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"><svg onload=alert(1)>", "{{7*7}}", "${7*7}",
           "${jndi:ldap://example.invalid/a}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/dev/null",
           "file:///etc/passwd", "http://169.254.169.254/latest/meta-data/", "\r\nSet-Cookie: a=b", "=cmd|' /C calc'!A0", "+SUM(1,2)", "@SUM(1)",
           "-1+1", "", " ", "\t", "null", "undefined", "NaN", "true", "0", "-0", "1e309", "%s%s%s%n", "\\u0000", "\u3000", "中文字符測試" * 50]
# As JSON string literals (escaped), since a lone surrogate is not text a JSON reader will hand over.
for i,s in enumerate(strings):
    add("everyString", f"every string field = hostile string #{i+1}", json.dumps(s))
    add("firstString", f"first string field = hostile string #{i+1}", json.dumps(s))

numbers = [-1, 0, -2147483648, 2147483647, 2147483648, -2147483649, 9223372036854775807, 9223372036854775808, 1.5, -0.0, 1e308,
           "1e309", "-1e309", "1e-400", "0x10", "\"1\"", "1_000"]
for n in numbers:
    add("everyNumber", f"every number field = {n}", json.dumps(n) if not isinstance(n,str) else n)

dates = ["0001-01-01", "9999-12-31", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0000-00-00", "2023-02-30", "2023-13-01",
         "2023-08-25T25:00:00+08:00", "2023-08-25T16:00:00+25:00", "2023-08-25T16:00:00", "+275760-09-13T00:00:00Z", "-000001-01-01",
         "1970-01-01T00:00:00Z", "2038-01-19T03:14:08Z", "not a date", "2023/08/25", "25-08-2023", "2023-W34", "", "2023-08-25T16:00:00.1234567890Z"]
for d in dates:
    add("everyDate", f"every date or time field = {d}", d)

zones = ["Mars/Olympus_Mons", "UTC+99", "../../etc/localtime", "Asia/Hong_Kong\u0000", "", "asia/hong_kong", "Etc/GMT+15", "EST5EDT,M3.2.0,M11.1.0", "\u0000", "Asia/Hong Kong"]
for z in zones:
    add("timeZone", f"time zone = {z!r}", z)

enums = ["unknown", "SEMINAR", "Seminar", "", "0", "1", "-1", "seminar; drop", "null", "__proto__", "seminar\u0000"]
for e in enums:
    add("everyEnum", f"every enum-like field = {e!r}", e)

for t in ["null", "emptyObject", "emptyArray", "true", "zero", "emptyString", "negative", "nestedArray"]:
    add("everyLeafAs", f"every field replaced by {t}", t)
for t in ["null", "emptyObject", "emptyArray", "string"]:
    add("rootMembersAs", f"every top-level member replaced by {t}", t)

for p in ["..", "../..", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%00", "a%00b", "%ff", "%c0%af", "~root", "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-guid", "1", "-1", "9" * 400, "%20", "%E4%B8%AD%E6%96%87", "a'b", "<script>", ";select 1"]:
    add("pathParameter", f"path parameter = {p!r}", p)

for c in ["iso-8859-1", "utf-16", "utf-16le", "utf-32", "us-ascii", "x-unknown"]:
    add("charsetBody", f"body encoded as {c} and labelled so", c)

doc={"description":"Hostile inputs sent to every write endpoint. Each case says how it changes the endpoint's valid example request. Expected: never a 5xx, a problem body for every 4xx, nothing written unless the answer is 2xx.","cases":cases}
s=json.dumps(doc, ensure_ascii=True, indent=1)
open("hostile-inputs.json","w").write(s)
print(len(cases))
