-- Loaded after the README's two Neovim snippets (test/nvimAgreed.test.ts): opens the draft,
-- waits for resref, runs :AgreedLanguage on line 3 and refreshes the code lenses, prints JSON.
local file = os.getenv('RESREF_DRAFT')
local function out(t) io.stdout:write(vim.fn.json_encode(t) .. '\n'); io.stdout:flush() end
vim.cmd('filetype on')
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local attached = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
vim.cmd('3AgreedLanguage')
vim.wait(10000, function() return #vim.fn.getqflist() > 0 end, 50)
local qf = {}
for _, e in ipairs(vim.fn.getqflist()) do table.insert(qf, { file = vim.fn.bufname(e.bufnr), lnum = e.lnum, text = e.text }) end
vim.cmd('wincmd p')
-- The snippet's autocommand, as leaving insert mode runs it; then the lenses Neovim keeps.
vim.cmd('doautocmd InsertLeave')
vim.wait(10000, function() return #(vim.lsp.codelens.get(buf) or {}) > 0 end, 50)
local lenses = {}
for _, l in ipairs(vim.lsp.codelens.get(buf) or {}) do table.insert(lenses, { line = l.range.start.line, title = l.command and l.command.title }) end
local diags = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(diags, { lnum = d.lnum, col = d.col, message = d.message }) end
out({ attached = attached, quickfix = qf, lenses = lenses, diagnostics = diags })
vim.cmd('qa!')
