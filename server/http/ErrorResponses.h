#pragma once

#include "ApiError.h"
#include "HttpResponse.h"
#include "RequestContext.h"

// The three shapes an error takes on the wire: a /v1 JSON error, an RFC 6749 OAuth error,
// and an HTML page for people in a browser.
namespace ErrorResponses {
HttpResponse api(const RequestContext &context, const ApiError &error);
HttpResponse oauth(const OAuthError &error);
// `title` and `message` in the request's page language (RequestContext::pageLanguage()).
HttpResponse page(const RequestContext &context, int status, const QString &title,
                  const QString &message);
} // namespace ErrorResponses
