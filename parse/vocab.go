package parse

import (
	"strings"

	"github.com/kehoach/kehoach/internal/vntext"
)

// Role is what a column of a task table, or a labelled part of a task,
// holds.
type Role uint8

// The roles.
const (
	RoleOther    Role = iota // any other column, kept by its header
	RoleNo                   // the row number: "STT", "TT"
	RoleContent              // the task: "Nội dung công việc", "Nhiệm vụ"
	RoleLead                 // who leads: "Cơ quan chủ trì", "Đơn vị thực hiện"
	RolePartners             // who takes part: "Cơ quan phối hợp"
	RoleDeadline             // when: "Thời gian hoàn thành", "Thời hạn"
	RoleOutput               // what it yields: "Sản phẩm", "Kết quả dự kiến"
	RoleStatus               // where it stands: "Tiến độ", "Tình trạng", "Kết quả hiện nay"
)

var roleNames = [...]string{
	RoleOther: "other", RoleNo: "no", RoleContent: "content", RoleLead: "lead",
	RolePartners: "partners", RoleDeadline: "deadline", RoleOutput: "output", RoleStatus: "status",
}

// String returns the role's name, as task sources key their cells:
// "lead", "partners", "deadline", "output", "status"; "content", "no",
// "other".
func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "other"
}

// Term is a phrase of a vocabulary and the role it names.
type Term struct {
	// Phrase is matched in any case, with or without diacritics.
	Phrase string
	Role   Role
	// Exact requires the whole header to be the phrase; otherwise the
	// header need only contain it.
	Exact bool
}

// Vocabulary is the words by which the parser knows the columns of task
// tables and the labels of labelled tasks ("Đơn vị chủ trì: ..."). Terms
// are tried in order; the first that matches gives the role.
type Vocabulary struct {
	Headers []Term
	Labels  []Term
}

// DefaultVocabulary returns a copy of the vocabulary the parser uses when
// Config.Vocabulary is nil. Callers may extend it and pass it in Config.
func DefaultVocabulary() *Vocabulary {
	v := &Vocabulary{
		Headers: append([]Term(nil), defaultHeaders...),
		Labels:  append([]Term(nil), defaultLabels...),
	}
	return v
}

// defaultHeaders name the columns of task tables. The first term a header
// holds gives its role, so the terms that hold a role's words without
// naming the role come first: "Văn bản giao nhiệm vụ" names the document
// that assigned the task, not the task; "Người đứng đầu chịu trách nhiệm"
// a person, not the lead; "Theo dõi, kiểm tra, đôn đốc" who follows the
// task up. RoleOther terms name a column the parser keeps by its header.
// "Tiến độ" names a deadline or a status: the cells decide (see
// assignColumns).
var defaultHeaders = []Term{
	{"stt", RoleNo, true}, {"tt", RoleNo, true}, {"so tt", RoleNo, true}, {"so thu tu", RoleNo, true},
	{"van ban giao", RoleOther, false}, {"van ban chi dao", RoleOther, false},
	{"nguoi dung dau", RoleOther, false}, {"lanh dao", RoleOther, false},
	{"don vi tinh", RoleOther, false}, {"don vi", RoleOther, true},
	{"tinh trang", RoleStatus, false}, {"ket qua hien nay", RoleStatus, false},
	{"phoi hop", RolePartners, false},
	{"chu tri", RoleLead, false}, {"don vi thuc hien", RoleLead, false},
	{"co quan thuc hien", RoleLead, false}, {"trach nhiem", RoleLead, false},
	{"don vi duoc giao", RoleLead, false}, {"co quan duoc giao", RoleLead, false},
	{"theo doi", RoleOther, false}, {"don doc", RoleOther, false},
	{"thoi gian", RoleDeadline, false}, {"thoi han", RoleDeadline, false}, {"tien do", RoleDeadline, false},
	{"han hoan thanh", RoleDeadline, false}, {"moc thoi gian", RoleDeadline, false},
	{"ket qua", RoleOutput, false}, {"san pham", RoleOutput, false},
	{"nhiem vu", RoleContent, false}, {"noi dung", RoleContent, false}, {"cong viec", RoleContent, false},
	{"de an", RoleContent, false}, {"hoat dong", RoleContent, false}, {"chi tieu", RoleContent, false},
	{"giai phap", RoleContent, false}, {"du an", RoleContent, false}, {"ten", RoleContent, false},
}

// defaultLabels are the labels of a task's parts, longest first where one
// ends another.
var defaultLabels = []Term{
	{"cơ quan chủ trì", RoleLead, false}, {"đơn vị chủ trì", RoleLead, false},
	{"chủ trì thực hiện", RoleLead, false}, {"chủ trì", RoleLead, false},
	{"cơ quan thực hiện", RoleLead, false}, {"đơn vị thực hiện", RoleLead, false},
	{"cơ quan, đơn vị thực hiện", RoleLead, false}, {"trách nhiệm thực hiện", RoleLead, false},
	{"cơ quan phối hợp", RolePartners, false}, {"đơn vị phối hợp", RolePartners, false},
	{"phối hợp thực hiện", RolePartners, false}, {"phối hợp", RolePartners, false},
	{"thời gian hoàn thành", RoleDeadline, false}, {"thời gian thực hiện", RoleDeadline, false},
	{"thời hạn hoàn thành", RoleDeadline, false}, {"thời gian dự kiến", RoleDeadline, false},
	{"thời gian", RoleDeadline, false}, {"thời hạn", RoleDeadline, false}, {"tiến độ thực hiện", RoleDeadline, false},
	{"sản phẩm", RoleOutput, false}, {"kết quả dự kiến", RoleOutput, false}, {"kết quả", RoleOutput, false},
	{"nhiệm vụ", RoleContent, false},
	{"nội dung thực hiện", RoleOther, false}, {"địa điểm", RoleOther, false}, {"kinh phí", RoleOther, false},
	{"hình thức", RoleOther, false}, {"phương thức", RoleOther, false}, {"nguồn kinh phí", RoleOther, false},
}

// vocab is a Vocabulary prepared for matching: phrases folded.
type vocab struct {
	headers []Term
	labels  []Term
}

func newVocab(v *Vocabulary) *vocab {
	if v == nil {
		return defaultVocab
	}
	return prepare(v)
}

func prepare(v *Vocabulary) *vocab {
	out := &vocab{}
	for _, t := range v.Headers {
		t.Phrase = foldPhrase(t.Phrase)
		out.headers = append(out.headers, t)
	}
	for _, t := range v.Labels {
		t.Phrase = vntext.CollapseSpace(t.Phrase)
		out.labels = append(out.labels, t)
	}
	return out
}

var defaultVocab = prepare(&Vocabulary{Headers: defaultHeaders, Labels: defaultLabels})

func foldPhrase(s string) string { return strings.Join(vntext.Fields(vntext.Fold(s)), " ") }

// headerRole returns the role of a column from its header, and whether a
// term of the vocabulary named it.
func (v *vocab) headerRole(h string) (Role, bool) {
	f := foldPhrase(h)
	for _, t := range v.headers {
		if t.Exact && f == t.Phrase || !t.Exact && containsWords(f, t.Phrase) {
			return t.Role, true
		}
	}
	return RoleOther, false
}

// containsWords reports whether the folded words of phrase stand in f as
// whole words: "ten" in "ten nhiem vu", not in "tieng".
func containsWords(f, phrase string) bool {
	for from := 0; ; {
		k := strings.Index(f[from:], phrase)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(phrase)
		if (k == 0 || !isWordByte(f[k-1])) && (end == len(f) || !isWordByte(f[end])) {
			return true
		}
		from = k + 1
	}
}

func isWordByte(c byte) bool { return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80 }
