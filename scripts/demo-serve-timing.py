"""Times `./threadline demo` to its first served network page, then each web export of that page.

Usage: python3 scripts/demo-serve-timing.py /tmp/tl-demo-timing   (the folder is replaced)
Starts the demo on a free port, reads the address and the investigator's one-time password from
its console, signs in over HTTP, opens the largest network's page and POSTs its four exports (the
dossier twice: cold, then warm), checking each download against its X-Threadline-SHA256 header.
"""
import subprocess, time, re, sys, urllib.request, urllib.parse, http.cookiejar, json, os, shutil, hashlib
home = sys.argv[1]
shutil.rmtree(home, ignore_errors=True)
t0 = time.time()
p = subprocess.Popen(["./threadline", "demo", "--port", "0", "--home", home], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
err = []
url = page = None
while True:
    line = p.stderr.readline()
    if not line: break
    err.append(line)
    m = re.search(r"demo: largest network: (http://\S+?/)(cases/\S+)", line)
    if m:
        url, page = m.group(1), m.group(2); break
console = "".join(err)
pw = re.search(r"demo-investigator\s+(\S{16})\s", console).group(1)
result = json.loads(p.stdout.readline())
cj = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cj), NoRedirect)
def get(path):
    return op.open(url + path.lstrip("/")).read().decode()
def post(path, form):
    req = urllib.request.Request(url + path.lstrip("/"), data=urllib.parse.urlencode(form).encode(), method="POST",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        r = op.open(req); return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()
csrf = lambda html: re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
login = get("/login")
st, h, b = post("/login", {"username": "demo-investigator", "password": pw, "_csrf": csrf(login)})
t1 = time.time()
html = get("/" + page)
t2 = time.time()
print(f"demo wall time to first served network page: {t2 - t0:.1f} s (page {1000*(t2-t1):.0f} ms); documents {result['documents']}, networks {result['networks']}, largest {result['network']}")
tok = csrf(html)
for name in ["dossier.html", "dossier.html", "dossier.pdf", "documents.csv", "entities.ftm.jsonl"]:
    a = time.time()
    st, h, b = post("/" + page + "/export/" + name, {"_csrf": tok})
    print(f"  export {name}: HTTP {st}, {time.time() - a:.2f} s, {len(b):,} bytes, sha ok={hashlib.sha256(b).hexdigest() == h.get('X-Threadline-SHA256')}")
p.terminate(); p.wait(30)
print("exit", p.returncode)
