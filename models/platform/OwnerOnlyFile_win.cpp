// Not built on Debian (CI covers Linux only); written to the Win32 documentation of CreateFileW,
// security descriptors in SDDL (ConvertStringSecurityDescriptorToSecurityDescriptorW),
// GetNamedSecurityInfoW and access tokens (GetTokenInformation with TokenUser).
#include "OwnerOnlyFile.h"

#include <QDir>

#include <memory>
#include <vector>

#include <windows.h>

#include <aclapi.h>
#include <sddl.h>

namespace OwnerOnlyFile {

namespace {

bool fail(QString *error, DWORD code = ::GetLastError())
{
    if (error)
        *error = qt_error_string(static_cast<int>(code));
    return false;
}

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

struct LocalFreeDeleter
{
    void operator()(void *memory) const { ::LocalFree(memory); }
};

// The user this process runs as (TOKEN_USER followed by the SID it points into).
std::vector<BYTE> currentUserBuffer()
{
    HANDLE token = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token))
        return {};
    DWORD size = 0;
    ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
    std::vector<BYTE> buffer(size);
    if (size == 0 || !::GetTokenInformation(token, TokenUser, buffer.data(), size, &size))
        buffer.clear();
    ::CloseHandle(token);
    return buffer;
}

PSID sidOf(std::vector<BYTE> &userBuffer)
{
    return userBuffer.empty() ? nullptr
                              : reinterpret_cast<TOKEN_USER *>(userBuffer.data())->User.Sid;
}

// The owner-only security descriptor (LocalFree it), or nullptr with GetLastError set. D:P = a
// protected DACL (the folder's inheritable entries are not added); FA = full access for the user,
// SYSTEM (SY) and the Administrators group (BA), and for no one else; OICI = inherited by the
// files and folders created inside (for a directory).
PSECURITY_DESCRIPTOR ownerOnlyDescriptor(bool inheritable)
{
    std::vector<BYTE> user = currentUserBuffer();
    LPWSTR userSidText = nullptr;
    if (!sidOf(user) || !::ConvertSidToStringSidW(sidOf(user), &userSidText))
        return nullptr;
    const std::unique_ptr<void, LocalFreeDeleter> userSidOwner(userSidText);
    const std::wstring flags = inheritable ? L"OICI" : L"";
    const std::wstring sddl = L"D:P(A;" + flags + L";FA;;;" + std::wstring(userSidText) + L")(A;" +
                              flags + L";FA;;;SY)(A;" + flags + L";FA;;;BA)";
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(sddl.c_str(), SDDL_REVISION_1,
                                                                &descriptor, nullptr))
        return nullptr;
    return descriptor;
}

// SECURITY_ATTRIBUTES carrying the owner-only descriptor, for CreateFileW and CreateDirectoryW.
class OwnerOnlyAttributes
{
public:
    explicit OwnerOnlyAttributes(bool inheritable)
        : m_descriptor(ownerOnlyDescriptor(inheritable))
    {
        m_attributes.nLength = sizeof(m_attributes);
        m_attributes.lpSecurityDescriptor = m_descriptor.get();
        m_attributes.bInheritHandle = FALSE;
    }
    bool isValid() const { return m_descriptor != nullptr; }
    SECURITY_ATTRIBUTES *get() { return &m_attributes; }

private:
    std::unique_ptr<void, LocalFreeDeleter> m_descriptor;
    SECURITY_ATTRIBUTES m_attributes = {};
};

} // namespace

bool createNew(const QString &path, const QByteArray &contents, QString *error)
{
    OwnerOnlyAttributes attributes(false);
    if (!attributes.isValid())
        return fail(error);
    const std::wstring name = nativePath(path);
    // CREATE_NEW: fails when the file exists, so the descriptor applies to every byte written.
    const HANDLE file = ::CreateFileW(name.c_str(), GENERIC_WRITE, 0, attributes.get(), CREATE_NEW,
                                      FILE_ATTRIBUTE_NORMAL, nullptr);
    if (file == INVALID_HANDLE_VALUE)
        return fail(error);
    const char *data = contents.constData();
    qsizetype left = contents.size();
    bool ok = true;
    while (ok && left > 0) {
        const DWORD chunk = static_cast<DWORD>(qMin<qsizetype>(left, 1 << 30));
        DWORD written = 0;
        ok = ::WriteFile(file, data, chunk, &written, nullptr) && written > 0;
        data += written;
        left -= written;
    }
    ok = ok && ::FlushFileBuffers(file);
    const DWORD code = ::GetLastError();
    ::CloseHandle(file);
    if (!ok) {
        ::DeleteFileW(name.c_str());
        return fail(error, code);
    }
    return true;
}

bool isOwnerOnly(const QString &path)
{
    PSID owner = nullptr;
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const std::wstring name = nativePath(path);
    if (::GetNamedSecurityInfoW(name.c_str(), SE_FILE_OBJECT,
                                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION, &owner,
                                nullptr, &dacl, nullptr, &descriptor) != ERROR_SUCCESS)
        return false;
    const std::unique_ptr<void, LocalFreeDeleter> descriptorOwner(descriptor);
    if (!dacl)
        return false; // no DACL at all: everyone has full access
    std::vector<BYTE> user = currentUserBuffer();
    const PSID self = sidOf(user);
    for (DWORD index = 0; index < dacl->AceCount; ++index) {
        void *entry = nullptr;
        if (!::GetAce(dacl, index, &entry))
            return false;
        const auto *header = static_cast<const ACE_HEADER *>(entry);
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE) {
            // Deny entries only take access away; any other kind of grant we do not expect.
            if (header->AceType == ACCESS_DENIED_ACE_TYPE)
                continue;
            return false;
        }
        auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(entry);
        const PSID sid = &allowed->SidStart;
        const bool trusted = (owner && ::EqualSid(sid, owner)) || (self && ::EqualSid(sid, self)) ||
                             ::IsWellKnownSid(sid, WinLocalSystemSid) ||
                             ::IsWellKnownSid(sid, WinBuiltinAdministratorsSid);
        if (!trusted)
            return false;
    }
    return true;
}

namespace detail {
bool makeDirectory(const QString &path, QString *error)
{
    OwnerOnlyAttributes attributes(true);
    if (!attributes.isValid())
        return fail(error);
    const std::wstring name = nativePath(path);
    if (::CreateDirectoryW(name.c_str(), attributes.get()))
        return true;
    const DWORD code = ::GetLastError();
    const DWORD existing = ::GetFileAttributesW(name.c_str());
    if (code == ERROR_ALREADY_EXISTS && existing != INVALID_FILE_ATTRIBUTES &&
        (existing & FILE_ATTRIBUTE_DIRECTORY))
        return true;
    return fail(error, code);
}

bool moveReplacing(const QString &from, const QString &to, QString *error)
{
    // A rename on one volume keeps the file's own security descriptor.
    if (!::MoveFileExW(nativePath(from).c_str(), nativePath(to).c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return fail(error);
    return true;
}
} // namespace detail

} // namespace OwnerOnlyFile
