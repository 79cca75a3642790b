-- A real editor in the user's place: Neovim 0.7 (Debian's `neovim`), run
-- headless, starts async-clangd with its built-in LSP client, prints the
-- diagnostics it receives, applies the first quick fix of the first async
-- diagnostic as the editor's code-action command does, and waits for the
-- diagnostics of the changed text.
--
--   nvim --headless -u NONE -c "lua SERVER='...' FILE='...'" \
--        -c "luafile neovim_session.lua" -c "qa!"
local function say(text)
  io.stdout:write(text .. '\n')
end

local function is_async(d)
  return tostring(d.code or ''):match('^async%-') ~= nil
end

local function has_async(diagnostics)
  for _, d in ipairs(diagnostics) do
    if is_async(d) then
      return true
    end
  end
  return false
end

vim.cmd('edit ' .. FILE)
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  cmd = { SERVER, '--log=error' },
  root_dir = vim.fn.fnamemodify(FILE, ':h'),
})
vim.lsp.buf_attach_client(buf, client_id)

local function wait_until(done)
  return vim.wait(120000, function()
    return done(vim.diagnostic.get(buf))
  end, 100)
end

if not wait_until(has_async) then
  say('no async diagnostics')
  return
end
local target
for _, d in ipairs(vim.diagnostic.get(buf)) do
  say(string.format('diagnostic %d %s: %s', d.lnum + 1, tostring(d.code), vim.split(d.message, '\n')[1]))
  if not target and is_async(d) then
    target = d
  end
end

-- Neovim 0.7 keeps only the extra fields of the LSP diagnostic, so the
-- request rebuilds it from what the editor shows.
local range = {
  start = { line = target.lnum, character = target.col },
  ['end'] = { line = target.end_lnum, character = target.end_col },
}
local client = vim.lsp.get_client_by_id(client_id)
local response = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = range,
  context = {
    only = { 'quickfix' },
    diagnostics = { {
      range = range, message = target.message, severity = target.severity,
      code = target.code, source = target.source,
    } },
  },
}, 60000, buf)
local actions = (response and response.result) or {}
for _, action in ipairs(actions) do
  say('action: ' .. action.title .. (action.isPreferred and ' (preferred)' or ''))
end
if #actions == 0 then
  return
end
vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding or 'utf-16')
say(string.format('line %d now: %s', target.lnum + 1,
                  vim.trim(vim.api.nvim_buf_get_lines(buf, target.lnum, target.lnum + 1, false)[1])))
if wait_until(function(diagnostics) return not has_async(diagnostics) end) then
  say('async diagnostics after the action: none')
else
  say('async diagnostics after the action: still there')
end
