// Package office converts Word 97-2003 files (.doc) to .docx with an
// installed LibreOffice (soffice --headless --convert-to docx), run as a
// program: with a timeout, no shell, in a temporary directory that is
// removed after.
package office

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// ErrNoLibreOffice: soffice (or libreoffice) is not on PATH.
var ErrNoLibreOffice = errors.New("LibreOffice is not installed: .doc files are read through it (apt-get install libreoffice-writer-nogui)")

// Timeout is how long a conversion may take.
const Timeout = 2 * time.Minute

// MaxOutput is the largest .docx a conversion may write.
const MaxOutput = 256 << 20

// slots bounds the conversions that run at once: each is a LibreOffice
// of its own, hundreds of megabytes.
var slots = make(chan struct{}, 2)

// Program returns the path of soffice or libreoffice on PATH.
func Program() (string, error) {
	for _, p := range []string{"soffice", "libreoffice"} {
		if path, err := exec.LookPath(p); err == nil {
			return path, nil
		}
	}
	return "", ErrNoLibreOffice
}

// Convert converts src, a file LibreOffice reads (.doc, .rtf, .odt,
// .docx), into the format named by to ("docx", "doc", "pdf"), and returns
// the converted bytes. Two conversions run at once at most; the timeout
// counts the wait.
func Convert(ctx context.Context, src []byte, from, to string) ([]byte, error) {
	prog, err := Program()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	select {
	case slots <- struct{}{}:
		defer func() { <-slots }()
	case <-ctx.Done():
		return nil, fmt.Errorf("LibreOffice is busy: no conversion could start within %v", Timeout)
	}
	dir, err := os.MkdirTemp("", "kehoach-office-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input."+from)
	if err := os.WriteFile(in, src, 0o600); err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "out")
	// A profile of its own: a LibreOffice the user has open does not
	// take the conversion, and two conversions do not share a lock.
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	cmd := exec.CommandContext(ctx, prog, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", to, "--outdir", out, in)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("LibreOffice took longer than %v to convert the file", Timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("LibreOffice could not convert the file: %v: %s", err, firstLine(stderr.String()))
	}
	res := filepath.Join(out, "input."+to)
	st, err := os.Stat(res)
	if err != nil {
		return nil, fmt.Errorf("LibreOffice wrote no %s file: %s", to, firstLine(stderr.String()))
	}
	if st.Size() > MaxOutput {
		return nil, fmt.Errorf("LibreOffice wrote %d bytes, more than %d", st.Size(), MaxOutput)
	}
	return os.ReadFile(res)
}

func firstLine(s string) string {
	s = string(bytes.TrimSpace([]byte(s)))
	if i := bytes.IndexByte([]byte(s), '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
