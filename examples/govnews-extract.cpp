// govnews-extract: one JSON line per input page, as ../shared/SCHEMA.md describes.
//   govnews-extract [--year YYYY] [--pretty] [--lenient] [-j N] [--jsonl-in]
//                   [--timeline] [--timeline-html FILE] [FILE ...]
// Reads standard input when no FILE (or "-") is given. Bad input gets a one-line message on
// standard error naming the file and the byte offset; the other inputs are still processed
// and the exit status is non-zero at the end.
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <govnews/document.hpp>
#include <govnews/json.hpp>
#include <govnews/json_text.hpp>

#include <govnews/timeline.hpp>

#include "ordered_pool.hpp"
#include "timeline_html.hpp"

namespace {

struct options {
    int year = 0;
    bool pretty = false;
    bool jsonl_in = false;
    bool timeline = false;          // print the timeline instead of one line per input
    std::string timeline_html;      // write the timeline's HTML page here
    unsigned jobs = 1;
    govnews::validation mode = govnews::validation::strict;
    std::vector<std::string> inputs;
};

void usage(std::ostream& os) {
    os << "usage: govnews-extract [--year YYYY] [--pretty] [--lenient] [-j N] [--jsonl-in]\n"
          "                       [--timeline] [--timeline-html FILE] [FILE ...]\n"
          "  Prints one JSON object per input page (JSON Lines). Reads standard input when no FILE or '-'.\n"
          "  --year YYYY  reference year for dates written without one (default: inferred from the text)\n"
          "  --pretty     indent the JSON\n"
          "  --lenient    keep going past stray bytes in UTF-8 text (reported, kept as U+FFFD)\n"
          "  -j N         parse on N threads (0: one per core); output stays in input order\n"
          "  --jsonl-in   read {\"id\": ..., \"text\": ...} lines from standard input and print one result\n"
          "               line per input line, {\"id\": ..., \"articles\": [...]}, streaming\n"
          "  --timeline   print, instead of the lines, one JSON object: per person the posts held over time,\n"
          "               per government and indicator the targets over time\n"
          "  --timeline-html FILE  write that timeline as one self-contained HTML page\n";
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
        } else if ((a == "-j" || a == "--jobs") && i + 1 < argc) {
            char* end = nullptr;
            const long n = std::strtol(argv[++i], &end, 10);
            if (!end || *end || n < 0 || n > 1024) { std::cerr << "govnews-extract: -j wants a number of threads\n"; return std::nullopt; }
            o.jobs = n ? static_cast<unsigned>(n) : std::max(1u, std::thread::hardware_concurrency());
        } else if (a == "--pretty") {
            o.pretty = true;
        } else if (a == "--lenient") {
            o.mode = govnews::validation::lenient;
        } else if (a == "--jsonl-in") {
            o.jsonl_in = true;
        } else if (a == "--timeline") {
            o.timeline = true;
        } else if (a == "--timeline-html" && i + 1 < argc) {
            o.timeline_html = argv[++i];
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
    if (o.jsonl_in && !o.inputs.empty()) { std::cerr << "govnews-extract: --jsonl-in reads standard input only\n"; return std::nullopt; }
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
    std::ifstream f(name, std::ios::binary | std::ios::ate);
    if (!f) { why = std::strerror(errno); return false; }
    const std::streamoff size = f.tellg();
    f.seekg(0);
    if (size < 0 || !f) {  // not seekable (a pipe): read as it comes
        f.clear();
        out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    } else {
        out.resize(static_cast<std::size_t>(size));  // one allocation of the exact size
        f.read(out.data(), size);
        out.resize(static_cast<std::size_t>(f.gcount()));
    }
    if (f.bad()) { why = "read error"; return false; }
    return true;
}

// What one input gives: the line to print (empty: none) and the message for standard error.
struct outcome {
    std::string line, error;
    std::size_t bytes = 0;
    std::shared_ptr<const govnews::document> doc;  // kept only for the timeline
};

struct extractor {
    const govnews::pipeline& pipeline;
    const options& opt;

    bool wants_timeline() const { return opt.timeline || !opt.timeline_html.empty(); }

    // The document, or null when the input is not usable; `error` says what was wrong.
    // The input is handed over: the pipeline releases it once normalized.
    std::shared_ptr<const govnews::document> parse(std::string&& bytes, std::string_view source, std::string& error) const {
        govnews::document_options dopt;
        dopt.year = opt.year;
        dopt.mode = opt.mode;
        dopt.source = source;
        thread_local govnews::pipeline::workspace buffers;  // each worker's, reused from input to input
        auto doc = std::make_shared<govnews::document>(pipeline.parse(std::move(bytes), dopt, buffers));
        if (doc->error) {
            error = doc->error->message();
            if (!govnews::usable(govnews::source{{}, 0, doc->error}, opt.mode)) return nullptr;
        }
        return doc;
    }

    // Compact lines are written straight from the objects; --pretty goes through nlohmann::json.
    template <class T>
    std::string text(const T& value) const {
        if (opt.pretty) return govnews::json(value).dump(2);
        return govnews::to_json_text(value);
    }

    outcome file(const std::string& name) const {
        try {
            return read_and_parse(name);
        } catch (const std::exception& e) {  // out of memory on a huge input, and the like
            return outcome{{}, name + ": " + e.what(), 0, nullptr};
        }
    }

    outcome read_and_parse(const std::string& name) const {
        outcome r;
        std::string bytes, why;
        if (!read_input(name, bytes, why)) {
            r.error = name + ": cannot read: " + why;
            return r;
        }
        r.bytes = bytes.size();
        std::string error;
        const auto doc = parse(std::move(bytes), name, error);
        if (doc && !opt.timeline) r.line = text(*doc);
        if (doc && wants_timeline()) r.doc = doc;
        if (!error.empty()) r.error = name + ": " + error;
        return r;
    }

// One {"id": …, "text": …} line. Every line gets a result with its id, errors included.
    outcome jsonl(const std::string& line, std::size_t number) const {
        try {
            return parse_line(line, number);
        } catch (const std::exception& e) {
            const std::string error = "line " + std::to_string(number) + ": " + e.what();
            govnews::json out;
            out["id"] = nullptr;
            out["error"] = error;
            out["articles"] = govnews::json::array();
            return outcome{out.dump(), error, line.size() + 1, nullptr};
        }
    }

    outcome parse_line(const std::string& line, std::size_t number) const {
        outcome r;
        r.bytes = line.size() + 1;
        govnews::json in;
        try {
            in = govnews::json::parse(line);
        } catch (const std::exception&) {
            in = nullptr;
        }
        const std::string where = "line " + std::to_string(number);
        const govnews::json id = in.is_object() && in.contains("id") ? in["id"] : govnews::json(nullptr);
        std::shared_ptr<const govnews::document> doc;
        std::string error;
        if (!in.is_object() || !in.contains("text") || !in["text"].is_string()) {
            error = "not a JSON object with a \"text\" string";
        } else {
            const std::string source = id.is_string() ? id.get<std::string>() : id.dump();
            doc = parse(std::move(in["text"].get_ref<std::string&>()), source, error);
        }
        if (!error.empty()) r.error = where + ": " + error;
        if (doc && wants_timeline()) r.doc = doc;
        if (opt.timeline) return r;
        // {"id": …, ["error": …,] "articles": […]}
        const std::vector<govnews::parsed_article> none;
        const auto& articles = doc ? doc->articles : none;
        if (opt.pretty) {
            govnews::json out;
            out["id"] = id;
            if (!error.empty()) out["error"] = error;
            out["articles"] = articles;
            r.line = out.dump(2);
        } else {
            r.line = "{\"id\":" + id.dump();
            if (!error.empty()) r.line += ",\"error\":" + govnews::json(error).dump();
            r.line += ",\"articles\":";
            govnews::append_json(r.line, articles);
            r.line += '}';
        }
        return r;
    }
};

// "12 / 97 inputs, 3.1 MB, 25.0 MB/s" on standard error, redrawn, only on a terminal and only
// once the work has run for a second.
class progress {
public:
    explicit progress(std::size_t total) : total_(total), on_(isatty(STDERR_FILENO) != 0), start_(clock::now()) {}
    void step(std::size_t bytes) {
        ++done_;
        bytes_ += bytes;
        if (!on_) return;
        const auto now = clock::now();
        if (now - start_ < std::chrono::seconds(1) || now - last_ < std::chrono::milliseconds(200)) return;
        last_ = now;
        draw(now);
        drawn_ = true;
    }
    ~progress() {
        if (drawn_) {
            draw(clock::now());
            std::cerr << "\n";
        }
    }

private:
    using clock = std::chrono::steady_clock;
    void draw(clock::time_point now) const {
        const double s = std::chrono::duration<double>(now - start_).count(), mb = static_cast<double>(bytes_) / 1e6;
        std::cerr << "\r" << done_;
        if (total_) std::cerr << " / " << total_;
        std::cerr << " inputs, " << mb << " MB, " << (s > 0 ? mb / s : 0.0) << " MB/s   " << std::flush;
    }
    std::size_t total_, done_ = 0, bytes_ = 0;
    bool on_, drawn_ = false;
    clock::time_point start_, last_{};
};

}  // namespace

// Input bytes parsed at once on several threads: a larger input runs alone, so peak memory
// follows the largest input rather than the sum of a few large ones.
constexpr std::size_t inflight_budget = std::size_t{16} << 20;

int main(int argc, char** argv) {
    const auto opt = parse_args(argc, argv);
    if (!opt) return 2;
    std::ios::sync_with_stdio(false);
    const govnews::pipeline pipeline;
    const extractor ex{pipeline, *opt};
    int status = 0;
    progress bar(opt->jsonl_in ? 0 : opt->inputs.size());
    govnews::timeline_builder timeline;
    const auto emit = [&](outcome&& r) {
        if (r.doc) timeline.add(*r.doc);
        if (!r.error.empty()) {
            std::cerr << "govnews-extract: " << r.error << "\n";
            status = 1;
        }
        if (!r.line.empty()) {
            std::cout << r.line << '\n';
            if (opt->jsonl_in) std::cout.flush();  // a streaming stage hands each line on at once
        }
        bar.step(r.bytes);
    };
    if (opt->jsonl_in) {
        std::cin.tie(nullptr);
        std::size_t number = 0;
        using item = std::pair<std::string, std::size_t>;
        const auto next = [&]() -> std::optional<item> {
            std::string line;
            while (std::getline(std::cin, line)) {
                ++number;
                if (line.find_first_not_of(" \t\r") != std::string::npos) return item{std::move(line), number};
            }
            return std::nullopt;
        };
        govnews_cli::ordered_pool<item, outcome>(
            opt->jobs, inflight_budget, next, [](const item& it) { return it.first.size(); },
            [&](item&& it) { return ex.jsonl(it.first, it.second); }, emit);
    } else {
        std::size_t i = 0;
        const auto next = [&]() -> std::optional<std::string> {
            if (i == opt->inputs.size()) return std::nullopt;
            return opt->inputs[i++];
        };
        const auto size_of = [](const std::string& name) -> std::size_t {
            struct stat st {};
            return name != "-" && ::stat(name.c_str(), &st) == 0 ? static_cast<std::size_t>(st.st_size) : 0;
        };
        govnews_cli::ordered_pool<std::string, outcome>(opt->jobs, inflight_budget, next, size_of,
                                                        [&](std::string&& name) { return ex.file(name); }, emit);
    }
    if (ex.wants_timeline()) {
        const govnews::timeline t = timeline.build();
        if (opt->timeline) std::cout << ex.text(t) << '\n';
        if (!opt->timeline_html.empty()) {
            std::ofstream html(opt->timeline_html, std::ios::binary);
            html << govnews_cli::timeline_html(t);
            if (!html.flush()) {
                std::cerr << "govnews-extract: " << opt->timeline_html << ": cannot write: " << std::strerror(errno) << "\n";
                status = 1;
            }
        }
    }
    std::cout.flush();
    return status;
}
