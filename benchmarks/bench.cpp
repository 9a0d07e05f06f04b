// govnews-bench: throughput and memory of every stage over ../shared/corpus and ../shared/seeds.
//   govnews-bench [SHARED_DIR] [--runs N] [--extract PATH_TO_GOVNEWS_EXTRACT]
// Prints MB/s (median of N runs after a warm-up, one thread), the same-run MB/s of
// utf8::is_valid and the ratio, the per-stage split, linearity over concatenated input and on
// pathological input, and peak RSS; then the peak RSS of govnews-extract -j 2 over a 200 MB set
// of inputs written to a temporary directory. Speed lives here, never in unit tests.
#include <govnews/document.hpp>
#include <govnews/lexicon.hpp>

#include <utf8.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

using clock_type = std::chrono::steady_clock;

std::string slurp(const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

void collect(const std::string& dir, std::vector<std::string>& out) {
    DIR* d = opendir(dir.c_str());
    if (!d) return;
    std::vector<std::string> names;
    while (dirent* e = readdir(d)) {
        const std::string n = e->d_name;
        if (n == "." || n == "..") continue;
        const std::string path = dir + "/" + n;
        if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) names.push_back(path);
        else if (e->d_type == DT_DIR) collect(path, out);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    for (auto& n : names) out.push_back(slurp(n));
}

double median_seconds(int runs, const std::function<void()>& f) {
    f();  // warm-up
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = clock_type::now();
        f();
        t.push_back(std::chrono::duration<double>(clock_type::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

double seconds(const std::function<void()>& f) {
    const auto a = clock_type::now();
    f();
    return std::chrono::duration<double>(clock_type::now() - a).count();
}

// Two jobs timed back to back in each run: medians of each, and the median of the runs' ratios.
// This machine's speed drifts by a third between seconds, so a ratio of medians taken apart
// would carry the drift; a ratio within one run does not.
struct paired { double a, b, ratio; };
paired paired_seconds(int runs, const std::function<void()>& a, const std::function<void()>& b) {
    a();
    b();  // warm-up
    std::vector<double> ta, tb, r;
    for (int i = 0; i < runs; ++i) {
        ta.push_back(seconds(a));
        tb.push_back(seconds(b));
        r.push_back(ta.back() / tb.back());
    }
    for (auto* v : {&ta, &tb, &r}) std::sort(v->begin(), v->end());
    return {ta[ta.size() / 2], tb[tb.size() / 2], r[r.size() / 2]};
}

long peak_rss_kb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

volatile std::size_t sink = 0;

// govnews-extract -j 2 over about 200 MB of inputs (copies of the corpus, one input of 20 MB,
// the rest of 2 MB): its peak RSS against the largest input plus 50 MB.
void extract_memory(const std::string& tool, const std::string& corpus) {
    char dir[] = "/tmp/govnews-bench-XXXXXX";
    if (!mkdtemp(dir)) return;
    std::vector<std::string> files;
    std::size_t total = 0, largest = 0;
    for (int i = 0; total < 200000000; ++i) {
        const std::size_t want = i == 0 ? 20000000 : 2000000;
        std::string text;
        while (text.size() < want) text += corpus;
        files.push_back(std::string(dir) + "/page-" + std::to_string(i) + ".txt");
        std::ofstream(files.back(), std::ios::binary) << text;
        total += text.size();
        largest = std::max(largest, text.size());
    }
    std::vector<std::string> args = {tool, "-j", "2"};
    args.insert(args.end(), files.begin(), files.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t io;
    posix_spawn_file_actions_init(&io);
    posix_spawn_file_actions_addopen(&io, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const auto start = clock_type::now();
    if (posix_spawn(&pid, tool.c_str(), &io, nullptr, argv.data(), environ) == 0) {
        int status = 0;
        rusage u{};
        wait4(pid, &status, 0, &u);
        const double s = std::chrono::duration<double>(clock_type::now() - start).count();
        const double peak = static_cast<double>(u.ru_maxrss) / 1024.0, limit = static_cast<double>(largest) / 1048576.0 + 50.0;
        std::printf("\ngovnews-extract -j 2 over %.0f MB in %zu inputs (largest %.1f MB): %.1f s, %.1f MB/s, exit %d\n",
                    static_cast<double>(total) / 1e6, files.size(), static_cast<double>(largest) / 1e6, s, static_cast<double>(total) / 1e6 / s,
                    WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        std::printf("  peak RSS %.1f MB, limit (largest input + 50 MB) %.1f MB: %s\n", peak, limit, peak <= limit ? "within" : "OVER");
    } else {
        std::printf("\ngovnews-extract: cannot run %s\n", tool.c_str());
    }
    posix_spawn_file_actions_destroy(&io);
    for (auto& f : files) std::remove(f.c_str());
    rmdir(dir);
}

}  // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IONBF, 0);  // figures appear as they are measured
    std::string shared = "../shared";
    int runs = 5;
    std::string extract;
    {
        // by default, the govnews-extract of the same build tree
        std::string self = argv[0];
        const std::size_t slash = self.rfind('/');
        extract = (slash == std::string::npos ? std::string(".") : self.substr(0, slash)) + "/../examples/govnews-extract";
    }
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--extract") && i + 1 < argc) extract = argv[++i];
        else shared = argv[i];
    }
    std::vector<std::string> docs;
    collect(shared + "/corpus/local", docs);
    collect(shared + "/corpus/reports", docs);
    collect(shared + "/seeds", docs);
    std::vector<std::string> ner;
    struct ner_sentence { std::string text; std::vector<std::pair<std::size_t, std::size_t>> persons; };
    std::vector<ner_sentence> ner_sents;
    for (const char* f : {"/corpus/ner/example.dev", "/corpus/ner/example.test"}) {
        const std::string raw = slurp(shared + f);
        ner_sentence cur;
        bool in_per = false;
        for (std::size_t p = 0; p <= raw.size();) {
            std::size_t e = raw.find('\n', p);
            if (e == std::string::npos) e = raw.size();
            const std::string line = raw.substr(p, e - p);
            p = e + 1;
            const std::size_t sp = line.find(' ');
            if (line.empty() || sp == std::string::npos) {
                if (!cur.text.empty()) ner_sents.push_back(cur);
                cur = {};
                in_per = false;
                if (e == raw.size()) break;
                continue;
            }
            const std::string tag = line.substr(sp + 1);
            const std::size_t at = cur.text.size();
            cur.text += line.substr(0, sp);
            if (tag == "B-PER") { cur.persons.push_back({at, cur.text.size()}); in_per = true; }
            else if (tag == "I-PER" && in_per) cur.persons.back().second = cur.text.size();
            else in_per = false;
        }
    }
    {
        // the NER set as running text (one character per line in the file)
        const std::string raw = slurp(shared + "/corpus/ner/example.test");
        std::string text;
        for (std::size_t p = 0; p < raw.size();) {
            std::size_t e = raw.find('\n', p);
            if (e == std::string::npos) e = raw.size();
            const std::size_t sp = raw.find(' ', p);
            if (e == p) text += "\n";
            else if (sp != std::string::npos && sp < e) text.append(raw, p, sp - p);
            p = e + 1;
        }
        ner.push_back(text);
    }
    std::size_t bytes = 0;
    for (auto& d : docs) bytes += d.size();
    if (docs.empty()) {
        std::fprintf(stderr, "govnews-bench: no texts under %s\n", shared.c_str());
        return 1;
    }
    const double mb = static_cast<double>(bytes) / 1e6;
    std::printf("corpus: %zu texts, %.2f MB (corpus/local, corpus/reports, seeds), %d runs, median\n\n", docs.size(), mb, runs);

    // First, while this process is small: a child's peak RSS starts from its parent's.
    {
        std::string one;
        for (auto& d : docs) { one += d; one += "\n\n"; }
        if (access(extract.c_str(), X_OK) == 0) extract_memory(extract, one);
        else std::printf("(no govnews-extract at %s: --extract PATH measures its memory)\n", extract.c_str());
        std::printf("\n");
    }

    const govnews::pipeline pipe;
    govnews::pipeline::workspace ws;  // kept from input to input, as govnews-extract keeps one per thread
    const paired full = paired_seconds(
        std::max(runs, 9), [&] { for (auto& d : docs) sink = sink + utf8::is_valid(d.begin(), d.end()); },
        [&] { for (auto& d : docs) sink = sink + pipe.parse(d, {}, ws).articles.size(); });
    std::printf("%-34s %10.1f MB/s\n", "utf8::is_valid (the ceiling)", mb / full.a);
    std::printf("%-34s %10.1f MB/s   ratio to is_valid %.3f (median of %d runs' own ratios)\n\n", "full pipeline", mb / full.b,
                full.ratio, std::max(runs, 9));

    // Per-stage split: each stage over the corpus, given what the stage before produced.
    std::vector<govnews::normalized_text> norm;
    for (auto& d : docs) norm.push_back(govnews::normalize(govnews::validate(d)));
    std::vector<std::vector<govnews::article>> arts;
    const govnews::article_parser ap;
    for (auto& n : norm) arts.push_back(ap.parse(n.text()));
    const govnews::official_parser op;
    const govnews::meeting_parser mp;
    const govnews::target_parser tp;
    const govnews::project_parser pp;
    // As in the pipeline: every parser's words are indexed once per story, and the parsers read
    // the index (the index is a stage of its own here).
    const govnews::lexicon_set triggers = govnews::lexicon_set::union_of({&op.triggers(), &mp.triggers(), &tp.triggers(), &pp.triggers()});
    std::vector<std::vector<govnews::lexicon_index>> idx(norm.size());
    std::vector<std::vector<std::vector<govnews::official>>> offs(norm.size());
    std::vector<std::vector<std::vector<std::string_view>>> bylines(norm.size());  // names the officials parser leaves out
    for (std::size_t i = 0; i < norm.size(); ++i)
        for (auto& a : arts[i]) {
            idx[i].emplace_back(triggers, govnews::story_text(norm[i].text(), a), a.sentences);
            auto& b = bylines[i].emplace_back(a.reporters);
            for (const auto* v : {&a.correspondents, &a.interns, &a.photographers, &a.editors}) b.insert(b.end(), v->begin(), v->end());
            offs[i].push_back(op.parse(norm[i].text(), a, b, idx[i].back()));
        }
    // each parser over every story of the corpus
    const auto each_story = [&](const std::function<std::size_t(std::string_view, const govnews::article&, std::size_t, std::size_t)>& f) {
        return [&, f] {
            for (std::size_t i = 0; i < norm.size(); ++i)
                for (std::size_t k = 0; k < arts[i].size(); ++k) sink = sink + f(norm[i].text(), arts[i][k], i, k);
        };
    };
    struct stage { const char* name; std::function<void()> run; };
    const stage stages[] = {
        {"validate (UTF-8, encodings)", [&] { for (auto& d : docs) sink = sink + static_cast<bool>(govnews::validate(d).error); }},
        {"normalize (fold, join, map)", [&] { for (auto& d : docs) sink = sink + govnews::normalize(govnews::validate(d)).text().size(); }},
        {"articles", [&] { for (auto& n : norm) sink = sink + ap.parse(n.text()).size(); }},
        {"index (all parsers' words)", each_story([&](std::string_view t, const govnews::article& a, std::size_t, std::size_t) {
             return govnews::lexicon_index(triggers, govnews::story_text(t, a), a.sentences).covers(t.substr(a.begin, 0));
         })},
        {"officials", each_story([&](std::string_view t, const govnews::article& a, std::size_t i, std::size_t k) { return op.parse(t, a, bylines[i][k], idx[i][k]).size(); })},
        {"meetings", each_story([&](std::string_view t, const govnews::article& a, std::size_t i, std::size_t k) { return mp.parse(t, a, offs[i][k], {}, idx[i][k]).size(); })},
        {"targets", each_story([&](std::string_view t, const govnews::article& a, std::size_t i, std::size_t k) { return tp.parse(t, a, {}, idx[i][k]).size(); })},
        {"projects", each_story([&](std::string_view t, const govnews::article& a, std::size_t i, std::size_t k) { return pp.parse(t, a, idx[i][k]).size(); })},
        {"amounts (all, scan)", [&] { const govnews::amount_parser am; for (auto& n : norm) am.scan(n.text(), [&](const govnews::amount&) { sink = sink + 1; }); }},
        {"dates (all, scan)", [&] { for (auto& n : norm) govnews::scan_dates(n.text(), {}, [&](const govnews::date_match&) { sink = sink + 1; }); }},
    };
    std::printf("per stage (each over the whole corpus; the parsers read each story's index as in the pipeline):\n");
    for (const auto& s : stages) std::printf("  %-32s %10.1f MB/s\n", s.name, mb / median_seconds(runs, s.run));

    // Lexicon scan with 5,000 words drawn from the NER text (2-4 characters each).
    {
        std::set<std::string> words;
        const std::string& t = ner[0];
        for (std::size_t p = 0; p < t.size() && words.size() < 5000; p += 3 * 7) {
            const std::size_t len = 3 * (2 + (p / 21) % 3);
            if (p + len > t.size()) break;
            const std::string w = t.substr(p, len);
            if (w.find('\n') == std::string::npos && utf8::is_valid(w.begin(), w.end())) words.insert(w);
        }
        govnews::lexicon lex;
        lex.insert_all(words, 1);
        std::size_t hits = 0;
        const double tl = median_seconds(runs, [&] {
            std::size_t h = 0;
            for (auto& n : norm) lex.scan(n.text(), [&](std::size_t, std::size_t, std::uint32_t) { ++h; });
            hits = h;
        });
        sink = sink + hits;
        std::printf("  %-32s %10.1f MB/s   (%zu words, %zu matches)\n", "lexicon scan", mb / tl, lex.size(), hits);
    }
    {
        const double tn = median_seconds(runs, [&] {
            for (auto& n : ner) {
                const std::string_view v = n;
                const std::vector<govnews::text_range> paras{{0, v.size(), v}};
                sink = sink + op.parse(v, paras).size();
            }
        });
        std::printf("  %-32s %10.1f MB/s   (People's Daily NER text, %.2f MB)\n", "officials on NER text", static_cast<double>(ner[0].size()) / 1e6 / tn,
                    static_cast<double>(ner[0].size()) / 1e6);
    }

    // Officials against the People's Daily NER set: precision of the names extracted, recall of the
    // PER entities that stand right after a post title.
    {
        static const char* titles[] = {"总书记", "书记", "主席", "总理", "副总理", "部长", "省长", "市长", "县长", "区长", "主任",
                                       "局长", "委员", "秘书长", "大使", "司令员", "政委", "院长", "董事长", "总经理", "厂长",
                                       "校长", "常委", "州长", "镇长", "乡长", "行长", "检察长", "会长", "理事长", "社长",
                                       "所长", "处长", "厅长", "司长"};
        std::size_t extracted = 0, correct = 0, anchored = 0, found = 0;
        for (const auto& s : ner_sents) {
            const auto nt = govnews::normalize(govnews::validate(s.text));
            const std::vector<govnews::text_range> paras{{0, nt.text().size(), nt.text()}};
            std::set<std::string> gold, names;
            for (const auto& [b, e] : s.persons) gold.insert(s.text.substr(b, e - b));
            for (const auto& o : op.parse(nt.text(), paras)) {
                ++extracted;
                names.insert(std::string(o.name));
                correct += gold.count(std::string(o.name));
            }
            for (const auto& [b, e] : s.persons) {
                const std::string before = s.text.substr(0, b);
                bool after_title = false;
                for (const char* t : titles) {
                    const std::size_t n = std::strlen(t);
                    after_title = after_title || (before.size() >= n && before.compare(before.size() - n, n, t) == 0);
                }
                if (!after_title) continue;
                ++anchored;
                found += names.count(s.text.substr(b, e - b));
            }
        }
        std::printf("  %-32s precision %.3f (%zu/%zu)  recall after titles %.3f (%zu/%zu)\n", "officials vs NER gold",
                    extracted ? double(correct) / double(extracted) : 0.0, correct, extracted,
                    anchored ? double(found) / double(anchored) : 0.0, found, anchored);
    }

    // Linearity: the corpus concatenated 1x, 2x, 4x, 8x as one input.
    std::printf("\nlinearity (one input, the corpus concatenated):\n");
    std::string one;
    for (auto& d : docs) { one += d; one += "\n\n"; }
    // each size timed back to back with 1x, and the ratio the median of the pairs' own ratios
    for (int k : {1, 2, 4, 8}) {
        std::string big;
        big.reserve(one.size() * static_cast<std::size_t>(k));
        for (int i = 0; i < k; ++i) big += one;
        const paired t = paired_seconds(std::max(3, runs / 2 | 1), [&] { sink = sink + pipe.parse(big).articles.size(); },
                                        [&] { sink = sink + pipe.parse(one).articles.size(); });
        std::printf("  %dx  %7.2f MB  %8.3f s  ratio %.2f\n", k, static_cast<double>(big.size()) / 1e6, t.a, t.ratio);
    }

    // Pathological inputs stay linear: 1 and 2 units of each, back to back (the median of 3 pairs).
    std::printf("\npathological input (time for 1 unit, then 2 units):\n");
    const auto patho = [&](const char* name, const std::function<std::string(int)>& make) {
        const std::string a = make(1), b = make(2);
        const paired t = paired_seconds(3, [&] { sink = sink + pipe.parse(b).articles.size(); },
                                        [&] { sink = sink + pipe.parse(a).articles.size(); });
        std::printf("  %-40s %8.3f s %8.3f s  ratio %.2f\n", name, t.b, t.a, t.ratio);
    };
    patho("100,000 list items joined by 、", [](int k) {
        std::string s = "区委书记";
        for (int i = 0; i < 100000 * k; ++i) s += "东湖路、";
        return s + "等道路。";
    });
    patho("10 MB without punctuation", [](int k) {
        std::string s;
        while (s.size() < static_cast<std::size_t>(10000000) * static_cast<std::size_t>(k)) s += "管城回族区推动经济高质量发展项目建设";
        return s;
    });
    patho("one 50 MB line", [&](int k) {
        std::string s;
        while (s.size() < static_cast<std::size_t>(50000000) * static_cast<std::size_t>(k)) for (auto& d : docs) { for (char c : d) s.push_back(c == '\n' ? ' ' : c); }
        return s;
    });
    patho("1,000,000 repeats of one title word", [](int k) {
        std::string s;
        for (int i = 0; i < 1000000 * k; ++i) s += "区长";
        return s;
    });
    std::printf("\npeak RSS of this benchmark %.1f MB (it holds 8x the corpus and the pathological inputs)\n",
                static_cast<double>(peak_rss_kb()) / 1024.0);
    return sink == 42 ? 1 : 0;
}
