// Runs a program one instruction at a time under ptrace and writes every distinct instruction
// address it executed, one hex number per line. bench/engine/startup_order uses it to learn
// which functions a start really runs on this CPU: an emulator (valgrind) would take other
// branches in the C library (its CPU features differ, and it hides the vDSO).
//
// Usage: step_trace OUTPUT PROGRAM [ARGUMENTS...]
#include <sys/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstddef>
#include <cstdio>
#include <unordered_set>

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: step_trace OUTPUT PROGRAM [ARGUMENTS...]\n");
        return 2;
    }
    pid_t child = fork();
    if (child == 0) {
        ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
        execv(argv[2], argv + 2);
        _exit(127);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFSTOPPED(status)) {
        std::fprintf(stderr, "step_trace: %s did not stop at its start (is ptrace allowed here?)\n", argv[2]);
        return 1;
    }
    std::unordered_set<unsigned long> executed;
    long signal = 0;
    while (true) {
        if (ptrace(PTRACE_SINGLESTEP, child, nullptr, reinterpret_cast<void*>(signal)) != 0 ||
            waitpid(child, &status, 0) != child) {
            std::perror("step_trace: ptrace");
            return 1;
        }
        if (WIFEXITED(status) || WIFSIGNALED(status)) break;
        // A signal other than the step's own trap belongs to the program: deliver it.
        signal = WSTOPSIG(status) == SIGTRAP ? 0 : WSTOPSIG(status);
        long pc = ptrace(PTRACE_PEEKUSER, child, reinterpret_cast<void*>(offsetof(user_regs_struct, rip)), nullptr);
        executed.insert(static_cast<unsigned long>(pc));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "step_trace: %s did not exit with status 0\n", argv[2]);
        return 1;
    }
    std::FILE* out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror(argv[1]);
        return 1;
    }
    for (unsigned long pc : executed) std::fprintf(out, "%lx\n", pc);
    return std::fclose(out) == 0 ? 0 : 1;
}
