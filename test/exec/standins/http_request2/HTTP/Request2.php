<?php
/**
 * Stand-in for PEAR HTTP_Request2 2.5.1 (with Net_URL2 2.2.x), written for snipforge's execution
 * tests because PEAR packages cannot be installed here. It follows the real package's request
 * building rule for rule, so a snippet sends through it what it would send through HTTP_Request2:
 *
 * - setUrl(): Net_URL2 keeps the URL as given (only stray bytes such as spaces are encoded); a URL
 *   without a path gets '/'; userinfo becomes basic auth.
 * - setHeader(): names are case-insensitive (stored lowercased, sent as Ucfirst-Per-Word), values
 *   are trimmed, an array value or `$replace = false` joins values with ", "; a null value removes.
 * - addPostParameter() / addUpload(): used only for POST. A form Content-Type gives
 *   http_build_query() (brackets for list values unless use_brackets is off, '~' kept); a multipart
 *   Content-Type (set by addUpload()) gives HTTP_Request2_MultipartBody: text fields first, then files.
 * - setBody($string) / setBody($file, true): a file body's Content-Type is detected when unset.
 * - The socket adapter adds Host, User-Agent (constructor), Accept-Encoding: gzip, deflate (zlib),
 *   Content-Length (always for POST and PUT, otherwise only with a body), a default form
 *   Content-Type for a body without one, drops Content-Type without a body except for POST/PUT, and
 *   sends Expect: 100-continue for bodies over 1 KiB (waiting up to 1 s for "100 Continue").
 *
 * Simplified: one socket per request (no keep-alive pool), no proxies, SOCKS, cookie jar, digest
 * auth, observers or chunked uploads; HTTP_Request2_Exception extends Exception, not PEAR_Exception;
 * the multipart body is built in memory instead of being streamed.
 */
require_once 'Net/URL2.php';
require_once 'HTTP/Request2/Exception.php';
require_once 'HTTP/Request2/Response.php';
require_once 'HTTP/Request2/MultipartBody.php';
require_once 'HTTP/Request2/Adapter/Socket.php';

class HTTP_Request2
{
    const METHOD_OPTIONS = 'OPTIONS';
    const METHOD_GET     = 'GET';
    const METHOD_HEAD    = 'HEAD';
    const METHOD_POST    = 'POST';
    const METHOD_PUT     = 'PUT';
    const METHOD_DELETE  = 'DELETE';
    const METHOD_TRACE   = 'TRACE';
    const METHOD_CONNECT = 'CONNECT';

    const AUTH_BASIC  = 'basic';
    const AUTH_DIGEST = 'digest';

    /** Characters that may not appear in an RFC 2616 token (method, header name). */
    const REGEXP_INVALID_TOKEN = '![\x00-\x1f\x7f-\xff()<>@,;:\\\\"/\[\]?={}\s]!';

    protected $url;
    protected $method = self::METHOD_GET;
    protected $auth;
    protected $headers = [];
    protected $config = [
        'adapter'          => 'HTTP_Request2_Adapter_Socket',
        'connect_timeout'  => 10,
        'timeout'          => 0,
        'use_brackets'     => true,
        'protocol_version' => '1.1',
        'buffer_size'      => 16384,
        'store_body'       => true,
        'local_ip'         => null,
        'proxy_host'       => '',
        'proxy_port'       => '',
        'proxy_user'       => '',
        'proxy_password'   => '',
        'proxy_auth_scheme' => self::AUTH_BASIC,
        'proxy_type'       => 'http',
        'ssl_verify_peer'  => true,
        'ssl_verify_host'  => true,
        'ssl_cafile'       => null,
        'ssl_capath'       => null,
        'ssl_local_cert'   => null,
        'ssl_passphrase'   => null,
        'digest_compat_ie' => false,
        'follow_redirects' => false,
        'max_redirects'    => 5,
        'strict_redirects' => false,
    ];
    protected $body = '';
    protected $postParams = [];
    protected $uploads = [];

    public function __construct($url = null, $method = self::METHOD_GET, array $config = [])
    {
        $this->setConfig($config);
        if (!empty($url)) {
            $this->setUrl($url);
        }
        if (!empty($method)) {
            $this->setMethod($method);
        }
        $this->setHeader('user-agent', 'HTTP_Request2/2.5.1 (https://github.com/pear/HTTP_Request2) PHP/' . phpversion());
    }

    public function setUrl($url)
    {
        if (is_string($url)) {
            $url = new Net_URL2($url, [Net_URL2::OPTION_USE_BRACKETS => $this->config['use_brackets']]);
        }
        if (!$url instanceof Net_URL2) {
            throw new HTTP_Request2_LogicException('Parameter is not a valid HTTP URL', HTTP_Request2_Exception::INVALID_ARGUMENT);
        }
        if ($url->getUserinfo()) {
            $password = $url->getPassword();
            $this->setAuth(rawurldecode($url->getUser()), $password ? rawurldecode($password) : '');
            $url->setUserinfo('');
        }
        if ('' == $url->getPath()) {
            $url->setPath('/');
        }
        $this->url = $url;
        return $this;
    }

    public function getUrl()
    {
        return $this->url;
    }

    public function setMethod($method)
    {
        if (preg_match(self::REGEXP_INVALID_TOKEN, $method)) {
            throw new HTTP_Request2_LogicException("Invalid request method '{$method}'", HTTP_Request2_Exception::INVALID_ARGUMENT);
        }
        $this->method = $method;
        return $this;
    }

    public function getMethod()
    {
        return $this->method;
    }

    public function setConfig($nameOrConfig, $value = null)
    {
        if (is_array($nameOrConfig)) {
            foreach ($nameOrConfig as $name => $v) {
                $this->setConfig($name, $v);
            }
        } elseif (!array_key_exists($nameOrConfig, $this->config)) {
            throw new HTTP_Request2_LogicException("Unknown configuration parameter '{$nameOrConfig}'", HTTP_Request2_Exception::INVALID_ARGUMENT);
        } else {
            $this->config[$nameOrConfig] = $value;
        }
        return $this;
    }

    public function getConfig($name = null)
    {
        if (null === $name) {
            return $this->config;
        }
        if (!array_key_exists($name, $this->config)) {
            throw new HTTP_Request2_LogicException("Unknown configuration parameter '{$name}'", HTTP_Request2_Exception::INVALID_ARGUMENT);
        }
        return $this->config[$name];
    }

    public function setAuth($user, $password = '', $scheme = self::AUTH_BASIC)
    {
        $this->auth = empty($user) ? null : ['user' => (string)$user, 'password' => (string)$password, 'scheme' => $scheme];
        return $this;
    }

    public function getAuth()
    {
        return $this->auth;
    }

    /**
     * `setHeader('Name: value')`, `setHeader('Name', 'value')`, `setHeader(array('Name' => 'value'))`;
     * a null value removes the header; `$replace = false` appends to an existing value with ", ".
     */
    public function setHeader($name, $value = null, $replace = true)
    {
        if (is_array($name)) {
            foreach ($name as $k => $v) {
                if (is_string($k)) {
                    $this->setHeader($k, $v, $replace);
                } else {
                    $this->setHeader($v, null, $replace);
                }
            }
            return $this;
        }
        if (null === $value && strpos($name, ':')) {
            list($name, $value) = array_map('trim', explode(':', $name, 2));
        }
        if (preg_match(self::REGEXP_INVALID_TOKEN, $name)) {
            throw new HTTP_Request2_LogicException("Invalid header name '{$name}'", HTTP_Request2_Exception::INVALID_ARGUMENT);
        }
        $name = strtolower($name);
        if (null === $value) {
            unset($this->headers[$name]);
            return $this;
        }
        if (is_array($value)) {
            $value = implode(', ', array_map('trim', $value));
        } elseif (is_string($value)) {
            $value = trim($value);
        }
        if (!isset($this->headers[$name]) || $replace) {
            $this->headers[$name] = $value;
        } else {
            $this->headers[$name] .= ', ' . $value;
        }
        return $this;
    }

    public function getHeaders()
    {
        return $this->headers;
    }

    /** A string body, or with `$isFilename` the file of that name (its type detected when no Content-Type is set). */
    public function setBody($body, $isFilename = false)
    {
        if (!$isFilename && !is_resource($body)) {
            $this->body = $body instanceof HTTP_Request2_MultipartBody ? $body : (string)$body;
        } else {
            $file = $this->fopenWrapper($body, empty($this->headers['content-type']));
            $this->body = $file['fp'];
            if (empty($this->headers['content-type'])) {
                $this->setHeader('content-type', $file['type']);
            }
        }
        $this->postParams = $this->uploads = [];
        return $this;
    }

    /** What is sent: form parameters and uploads only for POST, otherwise the body set by setBody(). */
    public function getBody()
    {
        if (self::METHOD_POST == $this->method && (!empty($this->postParams) || !empty($this->uploads))) {
            if (0 === strpos($this->headers['content-type'], 'application/x-www-form-urlencoded')) {
                $body = http_build_query($this->postParams, '', '&');
                if (!$this->getConfig('use_brackets')) {
                    $body = preg_replace('/%5B\d+%5D=/', '=', $body);
                }
                // RFC 3986 leaves '~' unencoded (PEAR request #15368)
                return str_replace('%7E', '~', $body);
            } elseif (0 === strpos($this->headers['content-type'], 'multipart/form-data')) {
                return new HTTP_Request2_MultipartBody($this->postParams, $this->uploads, $this->getConfig('use_brackets'));
            }
        }
        return $this->body;
    }

    /**
     * A file field: `$filename` is a path, an open stream, or an array of them (each may be
     * `array(path, sendFilename, contentType)`). Switches a form request to multipart/form-data.
     */
    public function addUpload($fieldName, $filename, $sendFilename = null, $contentType = null)
    {
        if (!is_array($filename)) {
            $file = $this->fopenWrapper($filename, empty($contentType));
            $this->uploads[$fieldName] = [
                'fp'       => $file['fp'],
                'filename' => !empty($sendFilename) ? $sendFilename : (is_string($filename) ? basename($filename) : 'anonymous.blob'),
                'size'     => $file['size'],
                'type'     => empty($contentType) ? $file['type'] : $contentType,
            ];
        } else {
            $upload = ['fp' => [], 'filename' => [], 'size' => [], 'type' => []];
            foreach ($filename as $f) {
                if (!is_array($f)) {
                    $f = [$f];
                }
                $file = $this->fopenWrapper($f[0], empty($f[2]));
                $upload['fp'][] = $file['fp'];
                $upload['filename'][] = !empty($f[1]) ? $f[1] : (is_string($f[0]) ? basename($f[0]) : 'anonymous.blob');
                $upload['size'][] = $file['size'];
                $upload['type'][] = empty($f[2]) ? $file['type'] : $f[2];
            }
            $this->uploads[$fieldName] = $upload;
        }
        if (empty($this->headers['content-type']) || 'application/x-www-form-urlencoded' == $this->headers['content-type']) {
            $this->setHeader('content-type', 'multipart/form-data');
        }
        return $this;
    }

    /** One parameter, or an array of them; a value may be an array (a list under one name). */
    public function addPostParameter($name, $value = null)
    {
        if (!is_array($name)) {
            $this->postParams[$name] = $value;
        } else {
            foreach ($name as $k => $v) {
                $this->addPostParameter($k, $v);
            }
        }
        if (empty($this->headers['content-type'])) {
            $this->setHeader('content-type', 'application/x-www-form-urlencoded');
        }
        return $this;
    }

    public function send()
    {
        if (!$this->url instanceof Net_URL2 || !$this->url->isAbsolute()
            || !in_array(strtolower($this->url->getScheme()), ['https', 'http'])
        ) {
            throw new HTTP_Request2_LogicException(
                'HTTP_Request2 needs an absolute HTTP(S) request URL, '
                . ($this->url instanceof Net_URL2 ? "'" . $this->url->__toString() . "'" : 'none') . ' given',
                HTTP_Request2_Exception::INVALID_ARGUMENT
            );
        }
        $adapter = new HTTP_Request2_Adapter_Socket();
        return $adapter->sendRequest($this);
    }

    protected function fopenWrapper($file, $detectType = false)
    {
        if (!is_string($file) && !is_resource($file)) {
            throw new HTTP_Request2_LogicException('Filename or file pointer resource expected', HTTP_Request2_Exception::INVALID_ARGUMENT);
        }
        $data = ['fp' => is_string($file) ? null : $file, 'type' => 'application/octet-stream', 'size' => 0];
        if (is_string($file)) {
            if (!($data['fp'] = @fopen($file, 'rb'))) {
                $error = error_get_last();
                throw new HTTP_Request2_LogicException($error['message'], HTTP_Request2_Exception::READ_ERROR);
            }
            if ($detectType) {
                $data['type'] = self::detectMimeType($file);
            }
        }
        if (!($stat = fstat($data['fp']))) {
            throw new HTTP_Request2_LogicException('fstat() call failed', HTTP_Request2_Exception::READ_ERROR);
        }
        $data['size'] = $stat['size'];
        return $data;
    }

    protected static function detectMimeType($filename)
    {
        $info = null;
        if (function_exists('finfo_open') && ($db = @finfo_open(FILEINFO_MIME))) {
            $info = finfo_file($db, $filename);
        }
        if (empty($info) && function_exists('mime_content_type')) {
            $info = mime_content_type($filename);
        }
        return empty($info) ? 'application/octet-stream' : $info;
    }
}
