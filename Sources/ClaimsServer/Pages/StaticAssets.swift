import ClaimsReporting
import Hummingbird
import NIOCore

/// Our own script and stylesheet, compiled in (no build step, no remote asset, no inline script).
enum StaticAssets {
    /// Adds `GET /static/claims.js` and `GET /static/claims.css`.
    static func addRoutes<Context: RequestContext>(to router: Router<Context>) {
        router.get("static/claims.js") { _, _ in asset(script, type: "text/javascript; charset=utf-8") }
        router.get("static/claims.css") { _, _ in asset(stylesheet, type: "text/css; charset=utf-8") }
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "max-age=300"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Keyboard handling for `/review`: j/k move between candidates, Enter accepts and moves on,
    /// x rejects (asking for an optional reason), e edits the fields (Enter accepts, Escape
    /// leaves), a accepts every remaining candidate of the article, c / n answer "same as claim
    /// N?" (a citation of N / a new claim), ? shows the keys. Each action is one request (`/api/review/{id}/...`, with the
    /// page's CSRF token in `X-CSRF-Token`).
    static let script = #"""
    "use strict";
    (function () {
      const list = document.getElementById("candidates");
      if (!list) return;
      const csrf = document.querySelector('meta[name="csrf-token"]').content;
      const items = () => Array.from(list.querySelectorAll("li.candidate"));
      let current = 0;
      function select(index) {
        const all = items();
        if (all.length === 0) return;
        current = Math.max(0, Math.min(index, all.length - 1));
        all.forEach((item, i) => item.classList.toggle("selected", i === current));
        const id = all[current].dataset.id;
        document.querySelectorAll("mark").forEach((mark) => mark.classList.toggle("selected", mark.dataset.candidate === id));
        all[current].scrollIntoView({ block: "nearest" });
      }
      function status(text) { document.getElementById("status").textContent = text; }
      async function act(item, action, body, withFields) {
        // Only the fields the reviewer changed are corrections; the rest stay as extracted.
        const payload = body || new URLSearchParams();
        if (!body || withFields) {
          item.querySelectorAll("form.accept input[name]:not([type=hidden])").forEach((input) => {
            if (input.value !== input.defaultValue) payload.set(input.name, input.value);
          });
          item.querySelectorAll("form.accept select[name]").forEach((select) => {
            const option = select.options[select.selectedIndex];
            if (option && !option.defaultSelected) payload.set(select.name, select.value);
          });
        }
        const response = await fetch("/api/review/" + item.dataset.id + "/" + action, {
          method: "POST",
          headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
          body: payload.toString(),
          credentials: "same-origin",
        });
        const result = await response.json();
        if (!response.ok) {
          const choice = item.dataset.sameAs && response.status === 409 ? " (press c: citation of claim " + item.dataset.sameAs + ", n: new claim)" : "";
          status("candidate " + item.dataset.id + ": " + result.error + choice);
          return false;
        }
        item.classList.add(action === "accept" ? "accepted" : "rejected");
        item.classList.remove("candidate");
        const outcome = action !== "accept" ? " rejected" : (result.cited ? " → citation of claim " : " → claim ") + result.claim_id;
        status("candidate " + item.dataset.id + outcome);
        return true;
      }
      async function next() {
        if (items().length === 0) { window.location.reload(); return; }
        select(current);
      }
      document.addEventListener("keydown", async (event) => {
        if (event.target.closest("input, textarea, select")) {
          // In a field: Escape goes back to the keys, Enter accepts with the fields as edited.
          if (event.key === "Escape") { event.target.blur(); event.preventDefault(); }
          const editing = event.target.closest("li.candidate");
          if (event.key === "Enter" && editing && event.target.closest("form.accept")) {
            event.preventDefault();
            select(items().indexOf(editing));
            if (await act(editing, "accept")) await next();
          }
          return;
        }
        const all = items();
        const item = all[current];
        switch (event.key) {
          case "j": select(current + 1); break;
          case "k": select(current - 1); break;
          case "Enter": if (item && await act(item, "accept")) await next(); break;
          case "x": {
            if (!item) break;
            const reason = window.prompt("Reason (optional)", "") ;
            if (reason === null) break;
            const body = new URLSearchParams();
            if (reason) body.set("reason", reason);
            if (await act(item, "reject", body)) await next();
            break;
          }
          case "e": {
            const field = item && item.querySelector("form.accept input[name]:not([type=hidden]), form.accept select");
            if (field) field.focus();
            break;
          }
          case "a": for (const each of all) { if (!(await act(each, "accept"))) break; } await next(); break;
          case "c":
          case "n": {
            // "Same as claim N?": c accepts as a citation of N, n keeps it as a new claim.
            if (!item || !item.dataset.sameAs) { status("this candidate repeats no stored claim: Enter accepts it"); break; }
            const body = new URLSearchParams();
            body.set("as", event.key === "c" ? "citation" : "new");
            if (event.key === "c") body.set("same_as", item.dataset.sameAs);
            if (await act(item, "accept", body, event.key === "n")) await next();
            break;
          }
          case "?": document.getElementById("keys").classList.toggle("hidden"); break;
          default: return;
        }
        event.preventDefault();
      });
      select(0);
    })();
    """#

    /// The stylesheet: the pages' own rules and the report's chart rules.
    static let stylesheet = pageStyle + TallyChart.css

    private static let pageStyle = """
    body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; }
    nav { background: #23303d; padding: .5rem 1rem; }
    nav a { color: #fff; margin-right: 1rem; text-decoration: none; }
    main { padding: 1rem; }
    table { border-collapse: collapse; }
    th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
    .review { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    .article { white-space: pre-wrap; line-height: 1.5; max-height: 80vh; overflow: auto; }
    mark { background: #fff3a0; }
    mark.selected { background: #ffc94d; outline: 2px solid #e0a000; }
    #candidates { list-style: none; padding: 0; }
    #candidates li { border: 1px solid #ccc; border-radius: 4px; padding: .5rem; margin-bottom: .5rem; }
    #candidates li.selected { border-color: #e0a000; box-shadow: 0 0 0 2px #ffc94d; }
    #candidates li.accepted { opacity: .5; border-color: #3a3; }
    #candidates li.rejected { opacity: .5; border-color: #a33; }
    .fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem .5rem; }
    .hidden { display: none; }
    .quote { font-style: italic; }
    .pages a { margin-right: .5rem; }
    .note { color: #56606a; font-size: .9rem; }
    .ok { color: #1e7b34; font-weight: 600; }
    .failed { color: #b3261e; font-weight: 600; }

    """
}
