<?php
/**
 * Stand-in for HTTP_Request2_Response (2.5.1): status line, headers (lowercased names, repeats
 * joined with ", "), body with gzip/deflate Content-Encoding decoded by getBody().
 * Simplified: no cookie parsing (getCookies() returns an empty array).
 */
class HTTP_Request2_Response
{
    protected $version;
    protected $code;
    protected $reasonPhrase;
    protected $effectiveUrl;
    protected $headers = [];
    protected $lastHeader;
    protected $body = '';
    protected $bodyEncoded;

    protected static $phrases = [
        100 => 'Continue', 101 => 'Switching Protocols',
        200 => 'OK', 201 => 'Created', 202 => 'Accepted', 203 => 'Non-Authoritative Information',
        204 => 'No Content', 205 => 'Reset Content', 206 => 'Partial Content',
        300 => 'Multiple Choices', 301 => 'Moved Permanently', 302 => 'Found', 303 => 'See Other',
        304 => 'Not Modified', 305 => 'Use Proxy', 307 => 'Temporary Redirect',
        400 => 'Bad Request', 401 => 'Unauthorized', 402 => 'Payment Required', 403 => 'Forbidden',
        404 => 'Not Found', 405 => 'Method Not Allowed', 406 => 'Not Acceptable',
        407 => 'Proxy Authentication Required', 408 => 'Request Timeout', 409 => 'Conflict',
        410 => 'Gone', 411 => 'Length Required', 412 => 'Precondition Failed',
        413 => 'Request Entity Too Large', 414 => 'Request-URI Too Long', 415 => 'Unsupported Media Type',
        416 => 'Requested Range Not Satisfiable', 417 => 'Expectation Failed',
        500 => 'Internal Server Error', 501 => 'Not Implemented', 502 => 'Bad Gateway',
        503 => 'Service Unavailable', 504 => 'Gateway Timeout', 505 => 'HTTP Version Not Supported',
        509 => 'Bandwidth Limit Exceeded',
    ];

    public static function getDefaultReasonPhrase($code = null)
    {
        if (null === $code) {
            return self::$phrases;
        }
        return isset(self::$phrases[$code]) ? self::$phrases[$code] : null;
    }

    public function __construct($statusLine, $bodyEncoded = true, $effectiveUrl = null)
    {
        if (!preg_match('!^HTTP/(\d\.\d) (\d{3})(?: (.+))?!', $statusLine, $m)) {
            throw new HTTP_Request2_MessageException("Malformed response: {$statusLine}", HTTP_Request2_Exception::MALFORMED_RESPONSE);
        }
        $this->version = $m[1];
        $this->code = intval($m[2]);
        $this->reasonPhrase = !empty($m[3]) ? trim($m[3]) : self::getDefaultReasonPhrase($this->code);
        $this->bodyEncoded = (bool)$bodyEncoded;
        $this->effectiveUrl = (string)$effectiveUrl;
    }

    /** One header line; '' ends the headers and joins repeated ones. */
    public function parseHeaderLine($headerLine)
    {
        $headerLine = trim($headerLine, "\r\n");
        if ('' == $headerLine) {
            foreach ($this->headers as $name => $value) {
                if (is_array($value)) {
                    $this->headers[$name] = implode(', ', $value);
                }
            }
        } elseif (preg_match('!^([^\x00-\x1f\x7f-\xff()<>@,;:\\\\"/\[\]?={}\s]+):(.+)$!', $headerLine, $m)) {
            $name = strtolower($m[1]);
            $value = trim($m[2]);
            if (empty($this->headers[$name])) {
                $this->headers[$name] = $value;
            } else {
                $this->headers[$name] = array_merge((array)$this->headers[$name], [$value]);
            }
            $this->lastHeader = $name;
        } elseif (preg_match('!^\s+(.+)$!', $headerLine, $m) && $this->lastHeader) {
            // an obsolete folded continuation line
            $last = &$this->headers[$this->lastHeader];
            if (is_array($last)) {
                $last[count($last) - 1] .= ' ' . trim($m[1]);
            } else {
                $last .= ' ' . trim($m[1]);
            }
        }
    }

    public function appendBody($bodyChunk)
    {
        $this->body .= $bodyChunk;
    }

    public function getEffectiveUrl()
    {
        return $this->effectiveUrl;
    }

    public function getStatus()
    {
        return $this->code;
    }

    public function getReasonPhrase()
    {
        return $this->reasonPhrase;
    }

    public function getVersion()
    {
        return $this->version;
    }

    public function isRedirect()
    {
        return in_array($this->code, [300, 301, 302, 303, 307]) && isset($this->headers['location']);
    }

    public function getHeader($headerName = null)
    {
        if (null === $headerName) {
            return $this->headers;
        }
        $headerName = strtolower($headerName);
        return isset($this->headers[$headerName]) ? $this->headers[$headerName] : null;
    }

    public function getCookies()
    {
        return [];
    }

    public function getBody()
    {
        $encoding = strtolower((string)$this->getHeader('content-encoding'));
        if (0 == strlen($this->body) || !$this->bodyEncoded || !in_array($encoding, ['gzip', 'deflate'])) {
            return $this->body;
        }
        // deflate is zlib-wrapped per RFC 2616, raw deflate from some servers
        $decoded = 'gzip' == $encoding ? @gzdecode($this->body) : @gzuncompress($this->body);
        if ('deflate' == $encoding && false === $decoded) {
            $decoded = @gzinflate($this->body);
        }
        if (false === $decoded) {
            throw new HTTP_Request2_MessageException("Unable to decode {$encoding} body", HTTP_Request2_Exception::DECODE_ERROR);
        }
        return $decoded;
    }
}
