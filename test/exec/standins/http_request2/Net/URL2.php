<?php
/**
 * Stand-in for PEAR Net_URL2 2.2.x: the part HTTP_Request2 uses to hold a request URL.
 *
 * Same parsing as the real class: the regular expression of RFC 3986 appendix B, the authority
 * split into userinfo/host/port, and only "forgotten" characters percent-encoded in the path and
 * query (controls, space, '"', '<', '>' and bytes 0x7F-0xFF). Everything else, '%XX' sequences,
 * '+', '[', ']', '{', '}' included, is kept exactly as given: Net_URL2 neither decodes nor
 * normalises a URL passed to its constructor.
 *
 * Simplified: no query-variable helpers (getQueryVariables/setQueryVariables), no normalize(), no
 * getCanonical()/getRequested(). resolve() implements RFC 3986 section 5.2 for redirects.
 */
class Net_URL2
{
    const OPTION_STRICT = 'strict';
    const OPTION_USE_BRACKETS = 'use_brackets';
    const OPTION_ENCODE_KEYS = 'encode_keys';
    const OPTION_SEPARATOR_INPUT = 'input_separator';
    const OPTION_SEPARATOR_OUTPUT = 'output_separator';

    private $options = [
        self::OPTION_STRICT => true,
        self::OPTION_USE_BRACKETS => true,
        self::OPTION_ENCODE_KEYS => true,
        self::OPTION_SEPARATOR_INPUT => '&',
        self::OPTION_SEPARATOR_OUTPUT => '&',
    ];

    private $scheme = false;
    private $userinfo = false;
    private $host = false;
    private $port = false;
    private $path = '';
    private $query = false;
    private $fragment = false;

    public function __construct($url, array $options = [])
    {
        foreach ($options as $name => $value) {
            if (array_key_exists($name, $this->options)) {
                $this->options[$name] = $value;
            }
        }
        // RFC 3986, appendix B: matches any string.
        preg_match('(^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?)', (string)$url, $m);
        $this->scheme = !empty($m[1]) ? $m[2] : false;
        $this->setAuthority(!empty($m[3]) ? $m[4] : false);
        $this->path = self::encodeStray($m[5]);
        $this->query = !empty($m[6]) ? self::encodeStray($m[7]) : false;
        $this->fragment = !empty($m[8]) ? $m[9] : false;
    }

    /** Percent-encodes what cannot appear in a URL at all; leaves every other byte alone. */
    private static function encodeStray($text)
    {
        return preg_replace_callback(
            '([\x00-\x20\x22\x3C\x3E\x7F-\xFF]+)',
            function ($m) { return rawurlencode($m[0]); },
            $text
        );
    }

    public function getOption($name)
    {
        return isset($this->options[$name]) ? $this->options[$name] : false;
    }

    public function getScheme() { return $this->scheme; }
    public function getUserinfo() { return $this->userinfo; }
    public function getHost() { return $this->host; }
    public function getPort() { return $this->port; }
    public function getPath() { return $this->path; }
    public function getQuery() { return $this->query; }
    public function getFragment() { return $this->fragment; }

    public function getUser()
    {
        return $this->userinfo !== false ? preg_replace('(:.*$)', '', $this->userinfo) : false;
    }

    public function getPassword()
    {
        return $this->userinfo !== false ? substr(strstr($this->userinfo, ':'), 1) : false;
    }

    public function setUserinfo($userinfo, $password = false)
    {
        if ($password !== false) {
            $userinfo .= ':' . $password;
        }
        $this->userinfo = self::encodeStray($userinfo);
        return $this;
    }

    public function setPath($path)
    {
        $this->path = $path;
        return $this;
    }

    public function setQuery($query)
    {
        $this->query = $query;
        return $this;
    }

    public function getAuthority()
    {
        if (false === $this->host) {
            return false;
        }
        return (strlen((string)$this->userinfo) ? $this->userinfo . '@' : '')
            . $this->host
            . ($this->port !== false ? ':' . $this->port : '');
    }

    /** `[userinfo "@"] host [":" port]`; a host with ':' in it (IPv6) does not match, as in Net_URL2. */
    public function setAuthority($authority)
    {
        $this->userinfo = $this->host = $this->port = false;
        if (!preg_match('(^(([^\@]*)\@)?([^:]+)(:(\d*))?$)', (string)$authority, $m)) {
            return $this;
        }
        if ($m[1]) {
            $this->userinfo = self::encodeStray($m[2]);
        }
        $this->host = $m[3];
        if (isset($m[5])) {
            $this->port = $m[5];
        }
        return $this;
    }

    public function isAbsolute()
    {
        return (bool)$this->scheme;
    }

    public function getURL()
    {
        $url = $this->scheme !== false ? $this->scheme . ':' : '';
        $authority = $this->getAuthority();
        if ($authority !== false) {
            $url .= '//' . $authority . ($this->path !== '' && $this->path[0] !== '/' ? '/' : '');
        }
        $url .= $this->path;
        if ($this->query !== false) {
            $url .= '?' . $this->query;
        }
        if ($this->fragment !== false) {
            $url .= '#' . $this->fragment;
        }
        return $url;
    }

    public function __toString()
    {
        return $this->getURL();
    }

    /** RFC 3986 section 5.2.2 (strict): the target of `$reference` seen from this absolute URL. */
    public function resolve($reference)
    {
        if (!$reference instanceof Net_URL2) {
            $reference = new self($reference);
        }
        if (!$this->isAbsolute()) {
            throw new Exception('Base-URL must be absolute if reference is not fragment-only');
        }
        $target = new self('');
        if ($reference->scheme !== false) {
            $target->scheme = $reference->scheme;
            $target->setAuthority($reference->getAuthority());
            $target->path = self::removeDotSegments($reference->path);
            $target->query = $reference->query;
        } else {
            if ($reference->getAuthority() !== false) {
                $target->setAuthority($reference->getAuthority());
                $target->path = self::removeDotSegments($reference->path);
                $target->query = $reference->query;
            } else {
                if ($reference->path === '') {
                    $target->path = $this->path;
                    $target->query = $reference->query !== false ? $reference->query : $this->query;
                } else {
                    if ($reference->path[0] === '/') {
                        $target->path = self::removeDotSegments($reference->path);
                    } else {
                        $base = ($this->host !== false && $this->path === '')
                            ? '/' : substr($this->path, 0, (int)strrpos($this->path, '/') + 1);
                        $target->path = self::removeDotSegments($base . $reference->path);
                    }
                    $target->query = $reference->query;
                }
                $target->setAuthority($this->getAuthority());
            }
            $target->scheme = $this->scheme;
        }
        $target->fragment = $reference->fragment;
        return $target;
    }

    /** RFC 3986 section 5.2.4. */
    public static function removeDotSegments($path)
    {
        $input = (string)$path;
        $output = '';
        while ($input !== '') {
            if (strncmp($input, '../', 3) === 0) {
                $input = substr($input, 3);
            } elseif (strncmp($input, './', 2) === 0) {
                $input = substr($input, 2);
            } elseif (strncmp($input, '/./', 3) === 0 || $input === '/.') {
                $input = '/' . substr($input, 3);
            } elseif (strncmp($input, '/../', 4) === 0 || $input === '/..') {
                $input = '/' . substr($input, 4);
                $slash = strrpos($output, '/');
                $output = $slash === false ? '' : substr($output, 0, $slash);
            } elseif ($input === '.' || $input === '..') {
                $input = '';
            } else {
                $end = strpos($input, '/', $input[0] === '/' ? 1 : 0);
                if ($end === false) {
                    $end = strlen($input);
                }
                $output .= substr($input, 0, $end);
                $input = substr($input, $end);
            }
        }
        return $output;
    }
}
