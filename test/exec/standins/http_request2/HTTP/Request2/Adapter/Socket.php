<?php
/**
 * Stand-in for HTTP_Request2_Adapter_Socket (2.5.1) with its HTTP_Request2_Adapter base: writes the
 * request exactly as the real adapter does (see HTTP/Request2.php for the rules) over a PHP stream
 * socket, reads the response, follows redirects when follow_redirects is on.
 * Simplified: a new connection per request, no proxies, no digest auth, no cookie jar.
 */
class HTTP_Request2_Adapter_Socket
{
    /** Methods that must not carry a body (RFC 2616). */
    protected static $bodyDisallowed = ['TRACE'];
    /** Methods that get Content-Length (and keep Content-Type) even with an empty body. */
    protected static $bodyRequired = ['POST', 'PUT'];

    protected $request;
    protected $requestBody;
    protected $contentLength;
    protected $socket;
    protected $expect100Continue = false;
    protected $redirectCountdown = null;

    public function sendRequest(HTTP_Request2 $request)
    {
        $this->request = $request;
        try {
            $this->connect();
            $this->write($this->prepareHeaders());
            if (!$this->expect100Continue) {
                $this->writeBody();
                $response = $this->readResponse();
            } else {
                $response = $this->readResponse();
                if (!$response || 100 == $response->getStatus()) {
                    // got "100 Continue" or waited long enough
                    $this->expect100Continue = false;
                    $this->writeBody();
                    $response = $this->readResponse();
                }
            }
        } finally {
            $this->disconnect();
            $this->request = $this->requestBody = null;
        }
        if (!$request->getConfig('follow_redirects') || !$response->isRedirect()) {
            $this->redirectCountdown = null;
            return $response;
        }
        return $this->handleRedirect($request, $response);
    }

    protected function connect()
    {
        $url = $this->request->getUrl();
        $secure = 0 == strcasecmp($url->getScheme(), 'https');
        if (HTTP_Request2::METHOD_CONNECT == $this->request->getMethod() || $this->request->getConfig('proxy_host')) {
            throw new HTTP_Request2_NotImplementedException('Proxies are not implemented by this HTTP_Request2 stand-in');
        }
        $port = $url->getPort() ? $url->getPort() : ($secure ? 443 : 80);
        $remote = ($secure ? 'tls://' : 'tcp://') . $url->getHost() . ':' . $port;
        $context = stream_context_create($secure ? ['ssl' => [
            'verify_peer' => (bool)$this->request->getConfig('ssl_verify_peer'),
            'verify_peer_name' => (bool)$this->request->getConfig('ssl_verify_host'),
        ]] : []);
        $socket = @stream_socket_client($remote, $errno, $errstr, $this->request->getConfig('connect_timeout'), STREAM_CLIENT_CONNECT, $context);
        if (!$socket) {
            throw new HTTP_Request2_ConnectionException("Unable to connect to {$remote}. Error: {$errstr}", 0, $errno);
        }
        $this->socket = $socket;
        $timeout = $this->request->getConfig('timeout');
        stream_set_timeout($this->socket, $timeout ? $timeout : (int)ini_get('default_socket_timeout'));
    }

    protected function disconnect()
    {
        if (is_resource($this->socket)) {
            fclose($this->socket);
        }
        $this->socket = null;
    }

    protected function handleRedirect(HTTP_Request2 $request, HTTP_Request2_Response $response)
    {
        if (is_null($this->redirectCountdown)) {
            $this->redirectCountdown = $request->getConfig('max_redirects');
        }
        if (0 == $this->redirectCountdown) {
            $this->redirectCountdown = null;
            throw new HTTP_Request2_MessageException(
                'Maximum (' . $request->getConfig('max_redirects') . ') redirects followed',
                HTTP_Request2_Exception::TOO_MANY_REDIRECTS
            );
        }
        $location = new Net_URL2($response->getHeader('location'), [Net_URL2::OPTION_USE_BRACKETS => $request->getConfig('use_brackets')]);
        if ($location->isAbsolute() && !in_array($location->getScheme(), ['http', 'https'])) {
            $this->redirectCountdown = null;
            throw new HTTP_Request2_MessageException(
                'Refusing to redirect to a non-HTTP URL ' . $location->__toString(),
                HTTP_Request2_Exception::NON_HTTP_REDIRECT
            );
        }
        if (!$location->isAbsolute()) {
            $location = $request->getUrl()->resolve($location);
        }
        $redirect = clone $request;
        $redirect->setUrl($location);
        if (303 == $response->getStatus()
            || (!$request->getConfig('strict_redirects') && in_array($response->getStatus(), [301, 302]))
        ) {
            $redirect->setMethod(HTTP_Request2::METHOD_GET);
            $redirect->setBody('');
        }
        if (0 < $this->redirectCountdown) {
            $this->redirectCountdown--;
        }
        return $this->sendRequest($redirect);
    }

    /** The request line and headers, in the order and spelling the real adapter uses. */
    protected function prepareHeaders()
    {
        $headers = $this->request->getHeaders();
        $url = $this->request->getUrl();
        $host = $url->getHost();
        $defaultPort = 0 == strcasecmp($url->getScheme(), 'https') ? 443 : 80;
        if (($port = $url->getPort()) && $port != $defaultPort) {
            $host .= ':' . $port;
        }
        // an explicitly set Host header wins (PEAR bug #16146)
        if (!isset($headers['host'])) {
            $headers['host'] = $host;
        }
        $path = $url->getPath();
        $query = $url->getQuery();
        $requestUrl = (empty($path) ? '/' : $path) . (empty($query) ? '' : '?' . $query);

        if ('1.1' == $this->request->getConfig('protocol_version') && extension_loaded('zlib') && !isset($headers['accept-encoding'])) {
            $headers['accept-encoding'] = 'gzip, deflate';
        }
        if ($auth = $this->request->getAuth()) {
            if (HTTP_Request2::AUTH_BASIC != $auth['scheme']) {
                throw new HTTP_Request2_NotImplementedException('Digest authentication is not implemented by this HTTP_Request2 stand-in');
            }
            $headers['authorization'] = 'Basic ' . base64_encode($auth['user'] . ':' . $auth['password']);
        }
        $this->calculateRequestLength($headers);
        if ('1.1' == $this->request->getConfig('protocol_version')) {
            $this->updateExpectHeader($headers);
        } else {
            $this->expect100Continue = false;
        }

        $head = $this->request->getMethod() . ' ' . $requestUrl . ' HTTP/' . $this->request->getConfig('protocol_version') . "\r\n";
        foreach ($headers as $name => $value) {
            $head .= implode('-', array_map('ucfirst', explode('-', $name))) . ': ' . $value . "\r\n";
        }
        return $head . "\r\n";
    }

    protected function calculateRequestLength(&$headers)
    {
        $this->requestBody = $this->request->getBody();
        if (is_string($this->requestBody)) {
            $this->contentLength = strlen($this->requestBody);
        } elseif (is_resource($this->requestBody)) {
            $stat = fstat($this->requestBody);
            $this->contentLength = $stat['size'];
            rewind($this->requestBody);
        } else {
            $this->contentLength = $this->requestBody->getLength();
            $headers['content-type'] = 'multipart/form-data; boundary=' . $this->requestBody->getBoundary();
            $this->requestBody->rewind();
        }

        if (in_array($this->request->getMethod(), self::$bodyDisallowed) || 0 == $this->contentLength) {
            if (in_array($this->request->getMethod(), self::$bodyRequired)) {
                $headers['content-length'] = 0;
            } else {
                unset($headers['content-length'], $headers['content-type']);
            }
        } else {
            if (empty($headers['content-type'])) {
                $headers['content-type'] = 'application/x-www-form-urlencoded';
            }
            if (!isset($headers['transfer-encoding'])) {
                $headers['content-length'] = $this->contentLength;
            }
        }
    }

    /**
     * Adds `Expect: 100-continue` for a body over 1 KiB and drops an empty Expect header.
     * Simplified: other expectations set by the caller are kept as given, not parsed.
     */
    protected function updateExpectHeader(&$headers)
    {
        $this->expect100Continue = false;
        $expectations = [];
        if (isset($headers['expect'])) {
            foreach (array_map('trim', explode(',', $headers['expect'])) as $item) {
                if ('' !== $item && strcasecmp('100-continue', $item)) {
                    $expectations[] = $item;
                }
            }
        }
        if (1024 < $this->contentLength) {
            $expectations[] = '100-continue';
            $this->expect100Continue = true;
        }
        if (empty($expectations)) {
            unset($headers['expect']);
        } else {
            $headers['expect'] = implode(',', $expectations);
        }
    }

    protected function writeBody()
    {
        if (in_array($this->request->getMethod(), self::$bodyDisallowed) || 0 == $this->contentLength) {
            return;
        }
        $bufferSize = $this->request->getConfig('buffer_size');
        $chunked = isset($this->request->getHeaders()['transfer-encoding']);
        $position = 0;
        while ($position < $this->contentLength) {
            if (is_string($this->requestBody)) {
                $chunk = substr($this->requestBody, $position, $bufferSize);
            } elseif (is_resource($this->requestBody)) {
                $chunk = fread($this->requestBody, $bufferSize);
            } else {
                $chunk = $this->requestBody->read($bufferSize);
            }
            if ('' === $chunk || false === $chunk) {
                throw new HTTP_Request2_MessageException('Request body ended before Content-Length', HTTP_Request2_Exception::READ_ERROR);
            }
            $this->write($chunked ? dechex(strlen($chunk)) . "\r\n{$chunk}\r\n" : $chunk);
            $position += strlen($chunk);
        }
        if ($chunked) {
            $this->write("0\r\n\r\n");
        }
    }

    /** The response; null when waiting for "100 Continue" timed out (after 1 s, as the real adapter). */
    protected function readResponse()
    {
        $bufferSize = $this->request->getConfig('buffer_size');
        do {
            $statusLine = $this->readLine($bufferSize, $this->expect100Continue ? 1 : null);
            if (null === $statusLine) {
                return null;
            }
            $response = new HTTP_Request2_Response($statusLine, true, $this->request->getUrl()->getURL());
            do {
                $line = $this->readLine($bufferSize);
                $response->parseHeaderLine($line);
            } while ('' != $line);
            if ($this->expect100Continue && 100 == $response->getStatus()) {
                return $response;
            }
        } while (in_array($response->getStatus(), [100, 101]));

        if (HTTP_Request2::METHOD_HEAD == $this->request->getMethod() || in_array($response->getStatus(), [204, 304])) {
            return $response;
        }
        $chunked = 'chunked' == $response->getHeader('transfer-encoding');
        $length = $response->getHeader('content-length');
        $store = $this->request->getConfig('store_body');
        if ($chunked) {
            while (true) {
                $sizeLine = $this->readLine($bufferSize);
                if (!preg_match('/^([0-9a-f]+)/i', $sizeLine, $m)) {
                    throw new HTTP_Request2_MessageException("Cannot decode chunked response, invalid chunk length '{$sizeLine}'", HTTP_Request2_Exception::DECODE_ERROR);
                }
                $size = hexdec($m[1]);
                if (0 == $size) {
                    $this->readLine($bufferSize);
                    break;
                }
                $data = $this->readBytes($size);
                $this->readLine($bufferSize);
                if ($store) {
                    $response->appendBody($data);
                }
            }
        } elseif (null !== $length) {
            $data = $this->readBytes((int)$length);
            if ($store) {
                $response->appendBody($data);
            }
        } else {
            $data = stream_get_contents($this->socket);
            if ($store) {
                $response->appendBody((string)$data);
            }
        }
        return $response;
    }

    /** A line without its CRLF; null if `$timeout` seconds pass first. */
    protected function readLine($bufferSize, $timeout = null)
    {
        if (null !== $timeout) {
            stream_set_timeout($this->socket, $timeout);
        }
        $line = '';
        while (!feof($this->socket)) {
            $part = fgets($this->socket, $bufferSize);
            if (false === $part) {
                if (stream_get_meta_data($this->socket)['timed_out']) {
                    if (null !== $timeout) {
                        $this->restoreTimeout();
                        return null;
                    }
                    throw new HTTP_Request2_MessageException('Request timed out', HTTP_Request2_Exception::TIMEOUT);
                }
                break;
            }
            $line .= $part;
            if ("\n" === substr($line, -1)) {
                break;
            }
        }
        if (null !== $timeout) {
            $this->restoreTimeout();
        }
        return rtrim($line, "\r\n");
    }

    private function restoreTimeout()
    {
        $timeout = $this->request->getConfig('timeout');
        stream_set_timeout($this->socket, $timeout ? $timeout : (int)ini_get('default_socket_timeout'));
    }

    protected function readBytes($length)
    {
        $data = '';
        while (strlen($data) < $length && !feof($this->socket)) {
            $part = fread($this->socket, $length - strlen($data));
            if (false === $part || ('' === $part && stream_get_meta_data($this->socket)['timed_out'])) {
                throw new HTTP_Request2_MessageException('Request timed out', HTTP_Request2_Exception::TIMEOUT);
            }
            $data .= $part;
        }
        return $data;
    }

    protected function write($data)
    {
        $total = strlen($data);
        for ($written = 0; $written < $total; $written += $n) {
            $n = fwrite($this->socket, substr($data, $written));
            if (false === $n || 0 === $n) {
                throw new HTTP_Request2_MessageException('Error writing request', HTTP_Request2_Exception::READ_ERROR);
            }
        }
    }
}
