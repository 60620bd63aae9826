// Driver for builds without libFuzzer: replays every file of the seed corpus, then a fixed number of
// deterministic mutations of them (bit flips, truncations, splices, random bytes). A crash, sanitizer
// report or hang fails the test; a clean run prints how many inputs it fed.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

using Input = std::vector<uint8_t>;

std::vector<Input> readCorpus(const std::filesystem::path& dir) {
    std::vector<Input> corpus;
    if (!std::filesystem::is_directory(dir)) return corpus;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in(file, std::ios::binary);
        corpus.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return corpus;
}

Input mutate(const std::vector<Input>& corpus, std::mt19937& rng) {
    Input out = corpus.empty() ? Input{} : corpus[rng() % corpus.size()];
    int edits = 1 + rng() % 8;
    for (int i = 0; i < edits; ++i) {
        switch (rng() % 6) {
        case 0:
            if (!out.empty()) out[rng() % out.size()] ^= uint8_t(1u << (rng() % 8));
            break;
        case 1:
            if (!out.empty()) out.resize(rng() % out.size());
            break;
        case 2:
            out.insert(out.begin() + (out.empty() ? 0 : rng() % out.size()), uint8_t(rng()));
            break;
        case 3:
            if (!out.empty()) out[rng() % out.size()] = uint8_t(rng());
            break;
        case 4:
            if (!corpus.empty()) {
                const Input& other = corpus[rng() % corpus.size()];
                if (!other.empty()) {
                    size_t from = rng() % other.size();
                    out.insert(out.end(), other.begin() + from, other.end());
                }
            }
            break;
        default:
            for (int n = rng() % 16; n > 0; --n) out.push_back(uint8_t(rng()));
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<Input> corpus = argc > 1 ? readCorpus(argv[1]) : std::vector<Input>{};
    const char* runsText = std::getenv("PYFW_FUZZ_RUNS");
    long runs = runsText ? std::atol(runsText) : 2000;
    std::mt19937 rng(20180316);
    long fed = 0;
    for (const Input& input : corpus) {
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++fed;
    }
    for (long i = 0; i < runs; ++i) {
        Input input = mutate(corpus, rng);
        LLVMFuzzerTestOneInput(input.data(), input.size());
        ++fed;
    }
    std::printf("replayed %zu corpus inputs and %ld mutations (%ld in all)\n", corpus.size(), runs, fed);
    return 0;
}
