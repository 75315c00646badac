-- English descriptions of every registered and unofficial status code
-- (written for httpstatus from RFC 9110, 9111 and the RFCs that define the other codes).
-- English reason phrases live in the C core (csrc/httpstatus_codes.h).
return {
  descriptions = {
    [100] = "Interim response telling a client that sent Expect: 100-continue that the server has "
      .. "received the first part of the request and has not rejected it yet, so the client should "
      .. "now transmit the request content. A final status code follows once the request has been "
      .. "received in full and handled. Clients that did not ask for it may simply ignore a 100.",
    [101] = "The server agrees to the client's Upgrade request and will speak a different "
      .. "protocol on this connection, for example WebSocket, starting right after the empty "
      .. "line that ends this response. The response MUST carry an Upgrade header naming the "
      .. "protocol being switched to. It exists only in HTTP/1.1; HTTP/2 and HTTP/3 forbid 101 "
      .. "and use other mechanisms such as extended CONNECT.",
    [102] = "Interim response from WebDAV (RFC 2518) telling the client that a long-running "
      .. "request, such as a COPY or MOVE of a large collection, was received and is still "
      .. "being worked on, so it should not time out. RFC 4918, which replaced RFC 2518, no "
      .. "longer defines it, yet the IANA registry still lists 102 with RFC 2518 as its "
      .. "reference; few servers send it today. A client should keep waiting for the final "
      .. "response and may otherwise ignore it.",
    [103] = "Interim response (RFC 8297) sent ahead of the final response, usually carrying "
      .. "Link headers with rel=preload or rel=preconnect so the client can start fetching "
      .. "subresources or opening connections while the server is still preparing the page. The "
      .. "hints are speculative: the final response may differ, and its header fields are not "
      .. "inherited from the 103. Clients that do not understand it just skip it and wait for "
      .. "the final status.",
    [104] = "Interim response from the resumable uploads draft "
      .. "(draft-ietf-httpbis-resumable-upload); the registration is only temporary, so details "
      .. "may still change. The server uses it to announce early that it supports resumable "
      .. "uploads, typically pointing at the upload resource with a Location header. If the "
      .. "transfer breaks, the client can ask that resource how much of the data the server "
      .. "has processed and continue from that offset instead of starting over.",
    [200] = "The request succeeded; what the content means depends on the method: the target's "
      .. "representation for GET, the same header fields without content for HEAD, the result "
      .. "of the action for POST. Do not use 200 to report an error inside the body, because "
      .. "caches, monitors and clients will all treat it as success. If there is nothing to "
      .. "send back, 204 is clearer.",
    [201] = "The request succeeded and created one or more new resources, typically after POST "
      .. "or PUT. The primary new resource is identified by the Location header, or by the "
      .. "target URI when Location is absent, and the content usually describes it or links to "
      .. "it. Clients should use that URI for later access instead of guessing it.",
    [202] = "The request was accepted for processing, but the work has not finished and may "
      .. "still fail or never happen. HTTP has no way to send a second status later, so the "
      .. "response should describe the current state and ideally point to a status monitor the "
      .. "client can poll. Use it for queued or batch jobs, not to hide errors.",
    [203] = "The request succeeded, but a transforming proxy modified the content it received "
      .. "in a 200 response from the origin, for instance by recompressing images. It tells the "
      .. "client that the data is not exactly what the origin sent. It is meant for "
      .. "intermediaries (an origin server sends 200) and is cacheable by default.",
    [204] = "The request succeeded and there is intentionally no content: the response ends "
      .. "after its header section and MUST NOT carry a body. It is common after PUT, DELETE or "
      .. "a save action where the client should stay on its current view. Header fields such as "
      .. "ETag describe the target resource after the action was applied.",
    [205] = "The request succeeded and the user agent should reset the document view that sent "
      .. "it, for example clearing a data-entry form so the user can type the next item. The "
      .. "server must not generate any content. Browsers rarely implement it, so do not depend "
      .. "on it for interface behavior.",
    [206] = "The server is answering a Range request with only the requested parts of the "
      .. "representation. A single part is described by Content-Range; several parts come as a "
      .. "multipart/byteranges body in which each part has its own Content-Range. Clients "
      .. "should check the validator (ETag or Last-Modified, or send If-Range) before stitching "
      .. "parts together, so that pieces of different versions are never mixed.",
    [207] = "WebDAV response (RFC 4918) whose XML body, a DAV:multistatus element, holds a "
      .. "separate status for each resource involved, for example in PROPFIND or a COPY of a "
      .. "collection. The top-level code says nothing about whether the individual operations "
      .. "succeeded. Clients must read every entry instead of treating 207 as plain success.",
    [208] = "Status from the WebDAV binding extension (RFC 5842) used inside a 207 Multi-Status "
      .. "body, not as the top-level response. It marks collection members that were already "
      .. "listed earlier in the same response because one resource is reachable through several "
      .. "bindings. This keeps Depth: infinity listings from repeating or looping; clients "
      .. "should refer back to the earlier entry.",
    [226] = "The server fulfilled a GET request, and the response is the result of one or more "
      .. "instance manipulations (RFC 3229), such as a delta against a version the client "
      .. "already holds. It only appears when the client asked for it with A-IM, and the "
      .. "manipulations applied are named in the IM header. The client must apply the result to "
      .. "its cached copy; very few servers implement this.",
    [300] = "The target has several representations, each with its own more specific URI, and "
      .. "the server leaves the choice to the user or user agent. The content should list the "
      .. "alternatives, and when the server has a preferred one it should name it in Location. "
      .. "HTTP defines no standard format for that list, so the code is rarely used in "
      .. "practice.",
    [301] = "The resource has a new permanent URI, given in Location; clients should use it for "
      .. "future requests and update stored links or bookmarks. For historical reasons user "
      .. "agents may switch a POST to GET when following it (a QUERY stays a QUERY, RFC "
      .. "10008), so use 308 when the method and content must be kept. It is cacheable by "
      .. "default, so a mistaken 301 can stick in browsers for a long time.",
    [302] = "The resource is temporarily at a different URI, given in Location, and the client "
      .. "should keep using the original URI for future requests. As with 301, user agents may "
      .. "turn a POST into a GET when following it, though a QUERY stays a QUERY (RFC 10008); "
      .. "that is why 303 (switch to GET on purpose) and 307 (keep the method) exist. Pick one "
      .. "of those when the method matters.",
    [303] = "Sends the client to a different resource, given in Location, which it can "
      .. "retrieve with GET (or HEAD) whatever the original method; after a QUERY it says that "
      .. "the result can be fetched there with a plain GET (RFC 10008). The classic use is "
      .. "Post/Redirect/Get: after a successful POST the server points to a result page so "
      .. "that reloading does not submit the form again. The new URI is not a replacement for "
      .. "the original target.",
    [304] = "Answer to a conditional GET or HEAD (If-None-Match or If-Modified-Since) when the "
      .. "stored copy is still current, so the client should reuse its cached response. It MUST "
      .. "NOT have content and must include whichever of Cache-Control, Content-Location, Date, "
      .. "ETag, Expires and Vary a 200 would have carried. Despite sitting in the 3xx class it "
      .. "is neither a redirect nor an error.",
    [305] = "Defined in HTTP/1.1 (RFC 2068, RFC 2616) to tell the client to repeat the request "
      .. "through the proxy named in Location. RFC 7231 deprecated it (Appendix B) because "
      .. "letting a response configure the client's proxy is a security risk, and RFC 9110 "
      .. "(Section 15.4.6) repeats that. Modern clients ignore it, and servers should not send "
      .. "it.",
    [306] = "Reserved and no longer used. A draft from the HTTP/1.1 era proposed it as Switch "
      .. "Proxy, telling clients to send later requests through a different proxy, and it was "
      .. "then dropped. Do not send it; a client that receives it can only treat it like 300.",
    [307] = "The resource is temporarily at the URI given in Location, and the client must "
      .. "repeat the request there with the same method and content; unlike with 302, a POST "
      .. "stays a POST. Future requests should still go to the original URI. Use it whenever a "
      .. "temporary redirect must not change the method.",
    [308] = "The resource has permanently moved to the URI in Location, and the client must "
      .. "repeat the request there with the same method and content, making it the "
      .. "method-preserving counterpart of 301. Clients should update stored links, and the "
      .. "response is cacheable by default. Old clients that do not know 308 fall back to "
      .. "treating it like 300.",
    [400] = "The server cannot or will not process the request because of something it regards as "
      .. "a client error, such as malformed syntax, invalid message framing or a broken "
      .. "header; for a QUERY, also content whose Content-Type is missing or does not match "
      .. "it, since the server must not guess the query format (RFC 10008, Section 2.1). "
      .. "Sending the same request again will fail again, so the client has to fix it first. "
      .. "When the request is well-formed but its data is semantically wrong, 422 is more "
      .. "precise.",
    [401] = "The request lacks valid authentication credentials for the target resource, or the "
      .. "credentials it carried were rejected. The response MUST include a WWW-Authenticate "
      .. "header with at least one challenge, and the client may retry with a new or corrected "
      .. "Authorization header. Despite its name it means unauthenticated; when the client is "
      .. "known but not permitted, the right code is 403.",
    [402] = "Reserved for future use; HTTP has never defined what it means. Some APIs use it "
      .. "informally for billing problems, exhausted quotas or required subscriptions, but "
      .. "clients cannot rely on any common behavior. Read the response body for details.",
    [403] = "The server understood the request but refuses to fulfil it. Typically the client "
      .. "is identified but lacks permission, so, unlike with 401, authenticating again with "
      .. "the same credentials will not help. A server that does not want to reveal whether the "
      .. "resource exists may answer 404 instead.",
    [404] = "The origin server has no current representation for the target resource, or is not "
      .. "willing to reveal that one exists. It says nothing about whether the absence is "
      .. "temporary or permanent; when the resource is known to be gone for good, 410 is more "
      .. "informative. It is cacheable by default.",
    [405] = "The server knows the method, but the target resource does not support it, for "
      .. "example DELETE on a read-only collection. The response MUST include an Allow header "
      .. "listing the methods the resource does support, which may be an empty list. A method "
      .. "the server does not recognize at all calls for 501 instead.",
    [406] = "Proactive negotiation failed: the target has no representation that matches the "
      .. "Accept, Accept-Encoding or Accept-Language headers of the request; for a QUERY, no "
      .. "result format that the client's Accept allows (RFC 10008, Section 2.1). The server "
      .. "should list the available representations so that the user can pick one. Many "
      .. "servers instead ignore the preferences and send a default representation; clients "
      .. "can also relax their Accept headers and retry.",
    [407] = "Like 401, but the client has to authenticate with the proxy rather than with the "
      .. "origin server. The proxy MUST send a Proxy-Authenticate header with a challenge, and the "
      .. "client may repeat the request with a Proxy-Authorization header. It concerns only the "
      .. "hop to the proxy, not permission to use the origin resource.",
    [408] = "The server did not receive a complete request within the time it was prepared to "
      .. "wait. A client with a request still in transit may send it again (RFC 9110, Section "
      .. "15.5.9), on a new connection when the current one is no longer usable, as in HTTP/1.1 "
      .. "once the request framing is lost. RFC 7231 asked servers to send Connection: close "
      .. "with a 408; RFC 9110 dropped that rule, although HTTP/1.1 servers usually still close "
      .. "the connection. Do not confuse it with 504, which is a gateway giving up on an "
      .. "upstream server.",
    [409] = "The request could not be completed because of a conflict with the current state of "
      .. "the target resource, such as editing an outdated version, creating something that "
      .. "already exists or deleting a non-empty collection. The response should explain the "
      .. "conflict so that the user or client can resolve it and resubmit. For version checks made "
      .. "with If-Match, the usual answer is 412.",
    [410] = "The target resource is no longer available at the origin server, and this is "
      .. "expected to be permanent. Clients should remove links and bookmarks pointing to it. "
      .. "Use 404 when the server cannot tell whether the absence is permanent; 410 is "
      .. "cacheable by default.",
    [411] = "The server refuses to accept the request without a defined Content-Length. The "
      .. "client may repeat it with a valid Content-Length header. Most HTTP/1.1 servers also "
      .. "accept chunked transfer coding, so this mostly comes from servers that need the size "
      .. "up front.",
    [412] = "One or more preconditions in the request header fields, such as If-Match or "
      .. "If-Unmodified-Since, evaluated to false on the server. It protects against lost "
      .. "updates: someone changed the resource since the client last read it. The client "
      .. "should fetch the current state, merge its changes and retry with the new validator.",
    [413] = "The request content is larger than the server is willing or able to process; older "
      .. "specifications called this Payload Too Large or Request Entity Too Large. The server "
      .. "may close the connection and, when the limit is temporary, should send Retry-After. "
      .. "It concerns the body only: oversized headers get 431 and overlong URIs get 414.",
    [414] = "The target URI is longer than the server is willing to interpret. It often happens "
      .. "when a large form or data set is sent in a GET query string, or when a redirect loop "
      .. "keeps growing the URI. Move the data into the content of a POST request or shorten "
      .. "the URI.",
    [415] = "The server refuses the content because its format is not supported by this method on "
      .. "this resource, judging by Content-Type, Content-Encoding or the data itself; for a "
      .. "QUERY it is the answer to a query format the resource does not support, and "
      .. "Accept-Query can list the formats it does (RFC 10008, Section 2.1). When the content "
      .. "coding is the problem, the response should list acceptable codings in "
      .. "Accept-Encoding. It is about what the client sent, while 406 is about what the "
      .. "client is willing to receive.",
    [416] = "None of the ranges in the Range header overlap the current extent of the "
      .. "representation, or the server rejected the set of ranges as invalid or excessive. For "
      .. "byte ranges it should send a Content-Range with an unsatisfied range such as bytes "
      .. "*/1234 that reports the current length. The client should refresh the size and "
      .. "validator and ask again with a valid range.",
    [417] = "At least one of the servers on the request's path could not meet an expectation in "
      .. "its Expect header. HTTP defines only 100-continue, which an origin server answers "
      .. "right away with 100 or a final status, so 417 mostly answers an expectation the "
      .. "server does not know (RFC 9110, Section 10.1.1). A client that gets 417 to a request "
      .. "carrying 100-continue should repeat it without the expectation, since the 417 only "
      .. "shows that something on the path, such as an HTTP/1.0 server, does not support "
      .. "expectations.",
    [418] = "Reserved by RFC 9110 and not assigned to any real meaning. The name I'm a teapot "
      .. "comes from the April Fools' RFC 2324 (Hyper Text Coffee Pot Control Protocol), and so "
      .. "many servers ship it as an easter egg that the code cannot safely be given another "
      .. "use for now. Do not use it to signal real conditions in an API.",
    [421] = "The request reached a server that cannot or will not produce an authoritative "
      .. "response for the target URI, which is common in HTTP/2 and HTTP/3 because they reuse one "
      .. "connection for several hosts, though any HTTP version can see it. The client may retry "
      .. "the request whatever its method, even a non-idempotent one, over a different connection "
      .. "such as a new one to the target's host or an alternative service (RFC 9110, Section "
      .. "15.5.20; RFC 9113, Section 9.1.1). Proxies must not generate this code.",
    [422] = "The server understands the content type and the content is syntactically valid, but "
      .. "it cannot process the instructions it contains, for example a JSON body that fails "
      .. "validation rules, or a well-formed SQL QUERY naming a table that does not exist (RFC "
      .. "10008, Section 2.1). Repeating the same request will fail, so the client must fix "
      .. "the data. Use 400 for malformed syntax and 422 for well-formed but semantically "
      .. "wrong input; WebDAV (RFC 4918) called it Unprocessable Entity.",
    [423] = "WebDAV status (RFC 4918): the source or destination resource is locked, and the "
      .. "request did not present a matching lock token. The client should send the right lock "
      .. "token in an If header, or wait until the lock is released or times out. The body may "
      .. "carry a precondition code such as DAV:lock-token-submitted.",
    [424] = "WebDAV status (RFC 4918): the method could not be performed on this resource "
      .. "because it depended on another action that failed. For example, PROPPATCH is atomic, "
      .. "so when one property update fails, the others are reported with 424. Fix the "
      .. "operation that actually failed and send the whole request again.",
    [425] = "The server is unwilling to risk processing a request that might be replayed, "
      .. "because it arrived in TLS 1.3 early data, also known as 0-RTT (RFC 8470). The client "
      .. "should retry automatically once the handshake has completed, and the retry must not "
      .. "be sent as early data. Intermediaries mark forwarded early-data requests with "
      .. "Early-Data: 1 so that the origin can make this decision.",
    [426] = "The server refuses to handle the request over the current protocol but may do so "
      .. "after the client switches protocols. The response MUST include an Upgrade header "
      .. "naming the required protocol or protocols, such as a newer HTTP version or TLS. The "
      .. "client should upgrade the connection or use the indicated protocol and retry.",
    [428] = "The origin server requires the request to be conditional (RFC 6585), usually so "
      .. "that PUT or PATCH cannot silently overwrite somebody else's change. The client should "
      .. "first GET the resource to learn its ETag and then retry with If-Match. The response "
      .. "should explain how to resubmit, and caches must not store it.",
    [429] = "The client, as identified by the server, sent too many requests in a given amount "
      .. "of time: this is the rate limiting code (RFC 6585). The response may include "
      .. "Retry-After, and the client should wait at least that long, with backoff, before "
      .. "trying again. Caches must not store it; when the whole service is overloaded rather "
      .. "than one client, use 503.",
    [431] = "The server will not process the request because one header field, or the header "
      .. "section as a whole, is too large (RFC 6585). The response should say which field is "
      .. "at fault. Clients can retry after shrinking the headers, for example by clearing "
      .. "oversized or accumulated cookies.",
    [451] = "Access is denied because of a legal demand, such as a court order or government "
      .. "censorship (RFC 7725). The response should explain the details and should name the "
      .. "entity carrying out the block, which is not necessarily the one that ordered it, in a "
      .. "Link header with rel=blocked-by. Use it instead of 403 or 404 so that legal blocking "
      .. "stays visible; it is cacheable by default.",
    [500] = "Generic answer for an unexpected condition that stopped the server from fulfilling "
      .. "the request, typically an unhandled exception or a bug; a gateway or proxy reporting "
      .. "a failure of its upstream server should use 502 or 504 instead. RFC 9110 says nothing "
      .. "about repeating the request: is_retryable is true for 500 as this library's own "
      .. "policy, because such failures are often transient, and only idempotent requests "
      .. "should be repeated automatically. No server should leak stack traces in the body.",
    [501] = "The server does not support the functionality needed to fulfil the request, "
      .. "typically a method it does not recognize at all. Unlike 405, it means the server as a "
      .. "whole lacks the capability, not that this resource rejects a method the server knows. "
      .. "It is cacheable by default.",
    [502] = "A gateway or proxy received an invalid response from the upstream server it "
      .. "contacted, such as a malformed message or a connection reset in mid-response. The "
      .. "problem lies behind the gateway, not in the client's request. The client may retry "
      .. "later, and operators should check the upstream service.",
    [503] = "The server is temporarily unable to handle the request, for example because of "
      .. "overload or scheduled maintenance, and the condition is expected to pass. It may send "
      .. "Retry-After to say when to come back, and clients should respect it instead of "
      .. "retrying immediately. When the limit applies to a single client's request rate, 429 "
      .. "is more precise.",
    [504] = "A gateway or proxy did not get a timely response from an upstream server it needed "
      .. "in order to complete the request. It differs from 408, where the client was too slow, "
      .. "and from 502, where the upstream answered but with an invalid response. The client "
      .. "may retry later, and operators should check upstream latency and timeout settings.",
    [505] = "The server does not support, or refuses to use, the major HTTP version used in the "
      .. "request. The response should explain why and which protocols the server does support. "
      .. "The client should retry with a supported version.",
    [506] = "Transparent content negotiation (TCN, RFC 2295) ran into a server configuration "
      .. "error: the chosen variant is itself set up to negotiate, so it is not a proper end "
      .. "point. This is for the server operator to fix, not the client. The experimental TCN "
      .. "mechanism has seen very little deployment.",
    [507] = "The method could not be performed because the server is unable to store the "
      .. "representation needed to complete the request (RFC 4918), for example because a disk "
      .. "is full or a quota is used up. RFC 4918 calls the condition temporary, yet a request "
      .. "that came from a user action must not be repeated until the user asks for it again. "
      .. "This library therefore does not count 507 as retryable; try again later, or with less "
      .. "data, only when the user asks.",
    [508] = "The server stopped an operation because it found an infinite loop while processing "
      .. "a request with Depth: infinity (RFC 5842), typically caused by bindings that form a "
      .. "cycle. It means the entire operation failed. Fix the bindings or request a smaller "
      .. "depth.",
    [510] = "From the experimental HTTP Extension Framework (RFC 2774): the request did not "
      .. "satisfy the policy for accessing the resource, and the server should describe the "
      .. "extensions it requires. RFC 2774 has since been moved to Historic, and the registry "
      .. "marks this code as obsoleted. New software should not send it.",
    [511] = "The client has to authenticate to gain network access (RFC 6585); it comes from "
      .. "intercepting proxies such as captive portals on public Wi-Fi, not from the origin "
      .. "server being requested. The response should contain a link to a page where the user "
      .. "can log in to the network, rather than the login form itself, and caches must not "
      .. "store it. Clients should show the login page rather than treat it as the site's "
      .. "answer.",
  },
  unofficial = {
    nginx = {
      [444] = "Not registered with IANA: nginx uses it with return 444 to close the connection "
        .. "without sending any response at all, typically to drop scanners or requests for "
        .. "unknown hosts. The client never sees the code, only an empty reply or a closed "
        .. "connection; it appears only in nginx logs.",
      [494] = "Not registered with IANA: the nginx internal code for a request whose header "
        .. "line or whole header section exceeds large_client_header_buffers. The client "
        .. "actually receives 400 Bad Request, but error_page can match 494 to customize the "
        .. "answer. Clients should reduce the header size, often by clearing cookies.",
      [495] = "Not registered with IANA: the nginx internal code for a client certificate that "
        .. "failed verification while ssl_verify_client is enabled. The client receives 400 Bad "
        .. "Request, and error_page can use 495 to show a dedicated page. The user needs a "
        .. "valid certificate issued by a trusted authority.",
      [496] = "Not registered with IANA: the nginx internal code for a request that presented "
        .. "no client certificate although ssl_verify_client requires one. The client receives "
        .. "400 Bad Request, and error_page can match 496. The client must present a "
        .. "certificate during the TLS handshake.",
      [497] = "Not registered with IANA: the nginx internal code for a plain HTTP request sent "
        .. "to a port configured for HTTPS. The client receives 400 Bad Request, and a common "
        .. "configuration uses error_page 497 to redirect to the https URL. The client should "
        .. "use HTTPS on that port.",
      [499] = "Not registered with IANA: nginx logs 499 when the client closed the connection "
        .. "before nginx could send the response, often because of a client-side timeout or a "
        .. "user cancelling the request. Nothing is sent to the client, so the code only shows "
        .. "up in logs. Frequent 499s usually mean the upstream is too slow for the clients' "
        .. "timeouts.",
    },
    Cloudflare = {
      [520] = "Not registered with IANA: generated by the Cloudflare edge when the origin "
        .. "server returned an empty, unknown or unexpected response, for example after "
        .. "crashing, resetting the connection or sending malformed or oversized headers. It is "
        .. "a catch-all for origin failures, so the site owner should check the origin's logs. "
        .. "Visitors can only retry later.",
      [521] = "Not registered with IANA: Cloudflare sends it when the origin refused the "
        .. "connection, meaning the web server is down or a firewall blocks Cloudflare's IP "
        .. "ranges. The site owner should make sure the server is running and accepts "
        .. "connections from Cloudflare. Visitors can only retry later.",
      [522] = "Not registered with IANA: Cloudflare could not complete a TCP connection to the "
        .. "origin before timing out, typically because the origin is overloaded, offline or "
        .. "silently dropping Cloudflare's packets. The site owner should check server load, "
        .. "firewall rules and the origin IP address in DNS.",
      [523] = "Not registered with IANA: Cloudflare cannot reach the origin at all, usually "
        .. "because of a routing problem or a wrong origin IP address in the DNS settings. The "
        .. "site owner should verify the DNS records and the network path to the origin.",
      [524] = "Not registered with IANA: Cloudflare connected to the origin, but the origin did "
        .. "not send an HTTP response before the Cloudflare timeout (100 seconds by default). "
        .. "It usually points to a long-running request or an overloaded backend, and long jobs "
        .. "are better moved to background processing with polling. The request may still have "
        .. "completed on the origin.",
      [525] = "Not registered with IANA: the SSL/TLS handshake between Cloudflare and the "
        .. "origin failed, for example because they share no cipher suite or protocol version, "
        .. "or no certificate is configured for the requested host name (SNI). This is an "
        .. "origin configuration problem for the site owner to fix.",
      [526] = "Not registered with IANA: Cloudflare could not validate the origin's SSL "
        .. "certificate while the zone uses the Full (strict) SSL mode, for example because it "
        .. "is expired, self-signed or issued for another host name. The site owner should "
        .. "install a valid certificate, or a Cloudflare Origin CA certificate, on the origin.",
      [527] = "Not registered with IANA: an error on the connection between Cloudflare and the "
        .. "origin's Railgun listener (rg-listener), such as a timeout or a refused connection. "
        .. "Railgun has been discontinued, so the code is now mostly historical. When it "
        .. "occurred, the site owner had to check the Railgun listener and its connectivity.",
      [530] = "Not registered with IANA: Cloudflare returns 530 together with a 1xxx error "
        .. "page, most often error 1016 (Origin DNS error) when it cannot resolve the origin "
        .. "host name. Cloudflare gives the code no reason phrase of its own, so the label "
        .. "(1xxx Error) is this library's description. The accompanying 1xxx code identifies "
        .. "the actual problem, and that is what the site owner should look up.",
    },
    Exchange = {
      [440] = "Not registered with IANA: Outlook on the web (OWA) in Microsoft Exchange answers "
        .. "440 Login Time-out when the user's session has expired, and the user has to sign in "
        .. "again. The code comes from Exchange, not from IIS, although lists often credit IIS, "
        .. "the web server OWA runs on.",
      [449] = "Not registered with IANA: Exchange ActiveSync (MS-ASHTTP) answers 449 Retry With "
        .. "when the device must first do what the server asks, typically run the Provision "
        .. "command to receive the security policy. The client does that and then repeats the "
        .. "request.",
      [451] = "Not the registered meaning: the registered 451 is Unavailable For Legal Reasons "
        .. "(RFC 7725). Exchange ActiveSync (MS-ASHTTP) uses 451 Redirect to tell a device that "
        .. "another server is better suited to handle its mailbox, giving the new address in "
        .. "the X-MS-Location header. The client sends its subsequent requests there.",
    },
    Microsoft = {
      [450] = "Not registered with IANA: a Microsoft extension reported when Windows Parental "
        .. "Controls block the requested page for the signed-in account. Retrying does not "
        .. "help; a parent or an administrator has to lift the block in the parental control "
        .. "settings.",
    },
    Apache = {
      [218] = "Not registered with IANA and of doubtful origin: popular references list it as "
        .. "an Apache HTTP Server catch-all used with ProxyErrorOverride, but Apache's own "
        .. "documentation and source code do not define it. Treat it as an informal joke code "
        .. "named after the This is fine meme, and do not rely on it.",
      [509] = "Not registered with IANA: returned by Apache setups with bandwidth-limiting "
        .. "modules, common on cPanel shared hosting, when a site has used up its traffic "
        .. "allowance; Apache httpd itself does not define it. Visitors have to wait until the "
        .. "quota resets, and the site owner should raise the limit.",
    },
    Laravel = {
      [419] = "Not registered with IANA: the Laravel PHP framework answers 419 Page Expired "
        .. "when the CSRF token of a form or request is missing, invalid or tied to an expired "
        .. "session. Reloading the page gets a fresh token, and JavaScript clients must send "
        .. "the token, for example in the X-CSRF-TOKEN or X-XSRF-TOKEN header.",
    },
    Twitter = {
      [420] = "Not registered with IANA: the old Twitter Search and Trends API (v1) returned it "
        .. "when a client was being rate limited. API v1.1 replaced it with the standard 429. "
        .. "Clients should back off before retrying.",
    },
    Spring = {
      [419] = "Not registered with IANA: Spring Framework's "
        .. "HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE, taken from an early WebDAV draft in "
        .. "which 419 meant that the server had no room to store the resource; RFC 2518 gave "
        .. "that meaning to 507 Insufficient Storage. Spring has deprecated the constant, so "
        .. "send 507 instead.",
      [420] = "Not registered with IANA: Spring Framework's HttpStatus.METHOD_FAILURE, taken "
        .. "from an early WebDAV draft in which it meant that a method had failed. Spring has "
        .. "deprecated the constant and the code has no standard meaning, so use a registered "
        .. "code instead.",
      [421] = "Not the registered meaning: the registered 421 is Misdirected Request "
        .. "(RFC 9110). Spring Framework's HttpStatus.DESTINATION_LOCKED keeps 421 from an "
        .. "early WebDAV draft, in which it meant that the destination of a COPY or MOVE was "
        .. "locked; RFC 4918 reports that with 423 Locked. Spring has deprecated the constant, "
        .. "so send 423 instead.",
    },
    Esri = {
      [498] = "Not registered with IANA: ArcGIS Server and other Esri services return it when "
        .. "the access token is expired or invalid. The client should obtain a new token and "
        .. "repeat the request. It often appears as an error code in the JSON body rather than "
        .. "as the HTTP status.",
      [499] = "Not registered with IANA: Esri ArcGIS services return it when a secured resource "
        .. "is requested without a token, and the client must obtain one and include it. The "
        .. "number clashes with the nginx 499, so the vendor matters when interpreting it.",
    },
    Pantheon = {
      [530] = "Not registered with IANA: the Pantheon hosting platform returns it when a site "
        .. "has been frozen, typically a sandbox site disabled after a period of inactivity. "
        .. "The site owner must unfreeze it from the Pantheon dashboard; visitors cannot fix "
        .. "it.",
    },
    proxy = {
      [598] = "Not registered with IANA: used by some HTTP proxies to tell the client in front "
        .. "of them that reading from the upstream network timed out. Its meaning is close to "
        .. "504, which is the registered code for this situation.",
      [599] = "Not registered with IANA: used by some proxies to report that connecting to the "
        .. "upstream server timed out, and some HTTP client libraries, Tornado for example, "
        .. "also use 599 locally for connection failures and timeouts. When generating a "
        .. "response, prefer 504 or 502.",
    },
    ["AWS ELB"] = {
      [460] = "Not registered with IANA: an AWS Application Load Balancer logs 460 when the "
        .. "client closed its connection, within the idle timeout, before the load balancer "
        .. "could answer. Nothing reaches the client, so the code appears only in access logs. "
        .. "Frequent 460s usually mean that client timeouts are shorter than the time the "
        .. "targets take to respond.",
      [463] = "Not registered with IANA: an AWS Application Load Balancer answers 463 when the "
        .. "X-Forwarded-For header of the request lists more than 30 IP addresses, typically "
        .. "because of a forwarding loop or a client that fills the header itself. Find the hop "
        .. "that keeps appending to it.",
      [464] = "Not registered with IANA: an AWS Application Load Balancer answers 464 when the "
        .. "protocol of the request does not match the protocol version of the target group, "
        .. "for example HTTP/1.1 sent to a gRPC or HTTP/2 target group, or gRPC sent to an "
        .. "HTTP/1.1 one. Align the target group's protocol version with what clients send.",
      [561] = "Not registered with IANA: an AWS Application Load Balancer answers 561 when a "
        .. "listener rule authenticates users and the identity provider (IdP) returned an error "
        .. "during authentication. The operator should check the IdP configuration and the "
        .. "rule's authenticate action; the user can only try again later.",
    },
    Google = {
      [308] = "Not the registered meaning: the registered 308 is Permanent Redirect (RFC 9110). "
        .. "Google's resumable upload protocol (Cloud Storage, Drive, YouTube and other Google "
        .. "APIs) answers 308 Resume Incomplete while only part of the data has arrived, with a "
        .. "Range header giving the bytes received so far and no Location. The client resumes "
        .. "the upload from the next byte instead of following a redirect.",
      [499] = "Not registered with IANA: Google APIs map the gRPC status CANCELLED, an "
        .. "operation cancelled usually by the caller, to HTTP 499 Client Closed Request, the "
        .. "phrase nginx uses for the same situation. It mostly shows up in logs and error "
        .. "payloads, since a caller that cancelled rarely waits for the answer.",
    },
    Shopify = {
      [430] = "Not registered with IANA: Shopify answers 430 Shopify Security Rejection when it "
        .. "judges a request to be malicious or abusive, such as automated traffic against a "
        .. "storefront; server-side Storefront API calls should pass the buyer's IP address in "
        .. "the Shopify-Storefront-Buyer-IP header. Older lists give 430 as Request Header "
        .. "Fields Too Large, for an earlier Shopify throttling response, but that phrase "
        .. "belongs to the registered 431. Slow down and check how the requests are made before "
        .. "retrying.",
    },
    Qualys = {
      [529] = "Not registered with IANA: the Qualys SSL Labs API answers 529 when the service "
        .. "is overloaded, keeping 503 for maintenance. Its documentation asks clients to wait "
        .. "about half an hour after a 529, longer than after a 503, and to randomise the "
        .. "back-off before trying again.",
    },
    Anthropic = {
      [529] = "Not registered with IANA: Anthropic's API answers 529 with an overloaded_error "
        .. "when the service as a whole is temporarily overloaded, unlike 429, which limits one "
        .. "client's request rate. Clients should retry later with exponential backoff.",
    },
  },
}
