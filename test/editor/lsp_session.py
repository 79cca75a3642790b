"""A scripted LSP session against async-clangd, as an editor would run it.

usage: lsp_session.py ASYNC_CLANGD FILE

Initializes, opens FILE, and prints the diagnostics clangd publishes for it
(line, code, message, then its notes). For the first diagnostic whose code starts with
`async-` and that has a quick fix, it asks for code actions, prints their
titles (and which is preferred), applies the first one's edit as an editor
does, sends the changed text, and prints the diagnostics published for it.
"""
import json
import os
import select
import subprocess
import sys
import time

TIMEOUT = 120


class Client:
    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.buffer = b""
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def receive(self):
        deadline = time.time() + TIMEOUT
        fd = self.proc.stdout.fileno()
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end >= 0:
                headers = self.buffer[:end].split(b"\r\n")
                length = int(next(h for h in headers if h.startswith(b"Content-Length")).split(b":")[1])
                if len(self.buffer) >= end + 4 + length:
                    body = self.buffer[end + 4:end + 4 + length]
                    self.buffer = self.buffer[end + 4 + length:]
                    return json.loads(body)
            if not select.select([fd], [], [], max(0, deadline - time.time()))[0]:
                sys.exit("lsp_session: no message from the server in %d s" % TIMEOUT)
            chunk = os.read(fd, 65536)
            if not chunk:
                sys.exit("lsp_session: the server exited")
            self.buffer += chunk

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == request_id:
                return message.get("result")

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics_for(self, uri, version):
        while True:
            message = self.receive()
            params = message.get("params", {})
            if (message.get("method") == "textDocument/publishDiagnostics" and
                    params.get("uri") == uri and params.get("version") == version):
                return params["diagnostics"]


def print_diagnostics(title, diagnostics):
    """One line per diagnostic, then the notes clangd folded into its
    message, indented."""
    print(title)
    for d in diagnostics:
        lines = [line for line in d["message"].splitlines() if line.strip()]
        print("  %d %s: %s" % (d["range"]["start"]["line"] + 1, d.get("code"), lines[0]))
        for line in lines[1:]:
            print("    " + line)


def apply_edits(text, edits):
    """Applies LSP text edits (UTF-16 columns; the inputs are ASCII)."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)

    def offset(position):
        return offsets[position["line"]] + position["character"]

    for edit in sorted(edits, key=lambda e: offset(e["range"]["start"]), reverse=True):
        text = text[:offset(edit["range"]["start"])] + edit["newText"] + text[offset(edit["range"]["end"]):]
    return text


def main():
    server, path = sys.argv[1], os.path.abspath(sys.argv[2])
    uri = "file://" + path
    text = open(path).read()
    client = Client([server, "--log=error"])
    client.request("initialize", {
        "processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"versionSupport": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
    client.notify("initialized", {})
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
    diagnostics = client.diagnostics_for(uri, 1)
    print_diagnostics("diagnostics:", diagnostics)

    target = next((d for d in diagnostics if str(d.get("code", "")).startswith("async-")), None)
    if target is None:
        return
    actions = client.request("textDocument/codeAction", {
        "textDocument": {"uri": uri}, "range": target["range"],
        "context": {"diagnostics": [target], "only": ["quickfix"]}}) or []
    print("code actions for line %d:" % (target["range"]["start"]["line"] + 1))
    for action in actions:
        print("  %s%s" % (action["title"], " (preferred)" if action.get("isPreferred") else ""))
    if not actions:
        return
    edits = actions[0]["edit"]["changes"][uri]
    text = apply_edits(text, edits)
    client.notify("textDocument/didChange", {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]})
    print_diagnostics("after the first action:", client.diagnostics_for(uri, 2))
    client.request("shutdown", None)
    client.notify("exit", None)


if __name__ == "__main__":
    main()
