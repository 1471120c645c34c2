;;; check.el --- drive the README's eglot configuration in batch Emacs  -*- lexical-binding: t -*-
;; Opens $RESREF_DRAFT, lets the README configuration attach the language server, waits for its
;; diagnostics (through Flymake, as a user sees them) and asks for the hover at
;; $RESREF_LINE/$RESREF_COL (0-based). Prints one JSON object on stdout.

(require 'json)
(package-initialize)                    ; Debian's elpa-eglot is a package
(require 'eglot)
(require 'flymake)

(defun resref-check--wait (pred seconds)
  "Process events until PRED is non-nil or SECONDS have passed; return PRED's value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      ;; eglot-ensure connects on the next command: batch Emacs has no commands, so run the hook.
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.1))
    value))

(let* ((draft (getenv "RESREF_DRAFT"))
       (line (string-to-number (getenv "RESREF_LINE")))
       (col (string-to-number (getenv "RESREF_COL")))
       (buffer (find-file-noselect draft))
       server diagnostics hover)
  (with-current-buffer buffer
    (run-hooks 'post-command-hook)
    (setq server (resref-check--wait #'eglot-current-server 60))
    (when server
      (setq diagnostics
            (resref-check--wait (lambda () (flymake-start) (flymake-diagnostics)) 60))
      (goto-char (point-min))
      (forward-line line)
      (forward-char col)
      (setq hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
    (princ
     (concat
      (json-encode
       `((mode . ,(symbol-name major-mode))
         (command . ,(and server (vconcat (process-command (jsonrpc--process server)))))
         (managed . ,(if (bound-and-true-p eglot--managed-mode) t :json-false))
         (diagnostics . ,(vconcat
                          (mapcar (lambda (d)
                                    (let ((beg (flymake-diagnostic-beg d)))
                                      `((line . ,(1- (line-number-at-pos beg)))
                                        (col . ,(save-excursion (goto-char beg) (current-column)))
                                        (type . ,(symbol-name (flymake-diagnostic-type d)))
                                        (text . ,(flymake-diagnostic-text d)))))
                                  (sort diagnostics (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))))
         (hover . ,(and hover (plist-get (plist-get hover :contents) :value)))))
      "\n"))
    (when server (ignore-errors (eglot-shutdown server)))))
(kill-emacs 0)
