package parse

import (
	"os"
	"os/exec"
	"testing"
)

// havePdftotext reports whether pdftotext is on PATH; without it the test
// is told so, and fails when KEHOACH_REQUIRE_PDFTOTEXT=1 (as in CI).
func havePdftotext(t *testing.T) bool {
	return haveTool(t, "pdftotext", "KEHOACH_REQUIRE_PDFTOTEXT", "poppler-utils")
}

// haveLibreOffice reports whether soffice is on PATH, as havePdftotext.
func haveLibreOffice(t *testing.T) bool {
	return haveTool(t, "soffice", "KEHOACH_REQUIRE_LIBREOFFICE", "libreoffice-writer-nogui")
}

func haveTool(t *testing.T, prog, env, pkg string) bool {
	t.Helper()
	if _, err := exec.LookPath(prog); err == nil {
		return true
	}
	if os.Getenv(env) == "1" {
		t.Fatalf("%s not found and %s=1: apt-get install %s", prog, env, pkg)
	}
	t.Logf("%s not found: its part is skipped (apt-get install %s)", prog, pkg)
	return false
}
