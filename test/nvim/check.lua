-- Loaded after the README's Neovim configuration (test/nvim.test.ts passes both with -c):
-- opens the draft, waits for resref's diagnostics, asks for a hover, prints JSON, exits.
local file = os.getenv('RESREF_DRAFT')
local line = tonumber(os.getenv('RESREF_LINE') or '0')
local col = tonumber(os.getenv('RESREF_COL') or '0')
local function out(t) io.stdout:write(vim.fn.json_encode(t) .. '\n'); io.stdout:flush() end
vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local ok = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local diags = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(diags, { lnum = d.lnum, col = d.col, message = d.message, severity = d.severity }) end
local hover = nil
local results = vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line, character = col } }, 10000)
for _, r in pairs(results or {}) do
  if r.result and r.result.contents then hover = r.result.contents.value or r.result.contents end
end
local clients = {}
for _, c in pairs(vim.lsp.get_active_clients()) do table.insert(clients, c.name) end
out({ diagnosticsArrived = ok, diagnostics = diags, hover = hover, clients = clients, filetype = vim.bo[buf].filetype })
vim.cmd('qa!')
