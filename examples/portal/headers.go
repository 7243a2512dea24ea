package main

import "net/http"

// securityHeaders are set on every answer: scripts, styles and forms
// from the portal's own files only (nothing inline: the page's script and
// style are /static/page.js and /static/page.css), no framing, no
// sniffing of types, no referrer sent on.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
	"X-Content-Type-Options":  "nosniff",
	"X-Frame-Options":         "DENY",
	"Referrer-Policy":         "no-referrer",
	"Cache-Control":           "no-store",
}

// secure sets the security headers before h answers.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		h.ServeHTTP(w, r)
	})
}
