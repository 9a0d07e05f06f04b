// govnews-extract: one JSON line per input page, as ../shared/SCHEMA.md describes.
//   govnews-extract [--year YYYY] [--pretty] [--lenient] [FILE ...]
// Reads standard input when no FILE (or "-") is given. Bad input gets a one-line message on
// standard error naming the file and the byte offset; the other inputs are still processed
// and the exit status is non-zero at the end.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <govnews/document.hpp>
#include <govnews/json.hpp>

namespace {

struct options {
    int year = 0;
    bool pretty = false;
    govnews::validation mode = govnews::validation::strict;
    std::vector<std::string> inputs;
};

void usage(std::ostream& os) {
    os << "usage: govnews-extract [--year YYYY] [--pretty] [--lenient] [FILE ...]\n"
          "  Prints one JSON object per input page (JSON Lines). Reads standard input when no FILE or '-'.\n"
          "  --year YYYY  reference year for dates written without one (default: inferred from the text)\n"
          "  --pretty     indent the JSON\n"
          "  --lenient    keep going past invalid UTF-8 bytes (reported, kept as U+FFFD)\n";
}

std::optional<options> parse_args(int argc, char** argv) {
    options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--year" && i + 1 < argc) {
            char* end = nullptr;
            const long y = std::strtol(argv[++i], &end, 10);
            if (!end || *end || y < 1000 || y > 9999) { std::cerr << "govnews-extract: --year wants a four-digit year\n"; return std::nullopt; }
            o.year = static_cast<int>(y);
        } else if (a == "--pretty") {
            o.pretty = true;
        } else if (a == "--lenient") {
            o.mode = govnews::validation::lenient;
        } else if (a == "-h" || a == "--help") {
            usage(std::cout);
            std::exit(0);
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            std::cerr << "govnews-extract: unknown option " << a << "\n";
            usage(std::cerr);
            return std::nullopt;
        } else {
            o.inputs.push_back(a);
        }
    }
    if (o.inputs.empty()) o.inputs.push_back("-");
    return o;
}

bool read_input(const std::string& name, std::string& out, std::string& why) {
    if (name == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    std::ifstream f(name, std::ios::binary);
    if (!f) { why = std::strerror(errno); return false; }
    out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    if (f.bad()) { why = "read error"; return false; }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    const auto opt = parse_args(argc, argv);
    if (!opt) return 2;
    const govnews::pipeline pipeline;
    int status = 0;
    std::string bytes;
    for (const auto& name : opt->inputs) {
        std::string why;
        if (!read_input(name, bytes, why)) {
            std::cerr << "govnews-extract: " << name << ": cannot read: " << why << "\n";
            status = 1;
            continue;
        }
        govnews::document_options dopt;
        dopt.year = opt->year;
        dopt.mode = opt->mode;
        dopt.source = name;
        const govnews::document doc = pipeline.parse(bytes, dopt);
        if (doc.error) {
            std::cerr << "govnews-extract: " << name << ": " << doc.error->message() << "\n";
            status = 1;
            if (!govnews::usable(govnews::source{bytes, 0, doc.error}, opt->mode)) continue;
        }
        std::cout << govnews::to_json(doc).dump(opt->pretty ? 2 : -1) << "\n";
    }
    std::cout.flush();
    return status;
}
