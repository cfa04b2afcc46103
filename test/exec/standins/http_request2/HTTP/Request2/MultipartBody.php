<?php
/**
 * Stand-in for HTTP_Request2_MultipartBody (2.5.1): the same bytes as the real class.
 *
 * Every form parameter comes first, then every upload. A parameter part is
 * `--boundary CRLF Content-Disposition: form-data; name="n" CRLF CRLF value CRLF`, an upload part adds
 * `; filename="f"` and a `Content-Type` line; names and file names are written unescaped. The
 * body ends with `--boundary-- CRLF`. The boundary is '--' plus an md5 of a per-request string.
 *
 * Simplified: the body is assembled in memory when first read instead of being streamed.
 */
class HTTP_Request2_MultipartBody
{
    private $boundary;
    /** array(name, value) pairs, nested arrays flattened. */
    private $params = [];
    /** array('name', 'fp', 'filename', 'size', 'type') per file. */
    private $uploads = [];
    private $content;
    private $position = 0;

    public function __construct(array $params, array $uploads, $useBrackets = true)
    {
        $this->params = self::flatten('', $params, $useBrackets);
        foreach ($uploads as $fieldName => $upload) {
            if (!is_array($upload['fp'])) {
                $this->uploads[] = $upload + ['name' => $fieldName];
                continue;
            }
            foreach (array_keys($upload['fp']) as $i) {
                $this->uploads[] = [
                    'name'     => $useBrackets ? $fieldName . '[' . $i . ']' : $fieldName,
                    'fp'       => $upload['fp'][$i],
                    'filename' => $upload['filename'][$i],
                    'size'     => $upload['size'][$i],
                    'type'     => $upload['type'][$i],
                ];
            }
        }
    }

    public function getBoundary()
    {
        if (empty($this->boundary)) {
            $this->boundary = '--' . md5('PEAR-HTTP_Request2-' . microtime());
        }
        return $this->boundary;
    }

    public function getLength()
    {
        return strlen($this->content());
    }

    /** Up to `$length` more bytes of the body, '' at its end. */
    public function read($length)
    {
        $chunk = (string)substr($this->content(), $this->position, $length);
        $this->position += strlen($chunk);
        return $chunk;
    }

    public function rewind()
    {
        $this->position = 0;
    }

    public function __toString()
    {
        return $this->content();
    }

    private function content()
    {
        if (null === $this->content) {
            $boundary = $this->getBoundary();
            $body = '';
            foreach ($this->params as list($name, $value)) {
                $body .= "--{$boundary}\r\nContent-Disposition: form-data; name=\"{$name}\"\r\n\r\n{$value}\r\n";
            }
            foreach ($this->uploads as $upload) {
                rewind($upload['fp']);
                $data = $upload['size'] > 0 ? stream_get_contents($upload['fp'], $upload['size']) : '';
                if (false === $data) {
                    throw new HTTP_Request2_LogicException('Failed reading file upload', HTTP_Request2_Exception::READ_ERROR);
                }
                $body .= "--{$boundary}\r\nContent-Disposition: form-data; name=\"{$upload['name']}\"; "
                    . "filename=\"{$upload['filename']}\"\r\nContent-Type: {$upload['type']}\r\n\r\n{$data}\r\n";
            }
            $this->content = $body . "--{$boundary}--\r\n";
        }
        return $this->content;
    }

    /**
     * Nested values become one pair per leaf: `name[key]` with brackets, `name` without. As in the
     * real class, a name PHP's empty() calls empty ("" or "0") is replaced by the item's key.
     */
    private static function flatten($name, $values, $useBrackets)
    {
        if (!is_array($values)) {
            return [[$name, $values]];
        }
        $pairs = [];
        foreach ($values as $k => $v) {
            if (empty($name)) {
                $itemName = $k;
            } elseif ($useBrackets) {
                $itemName = $name . '[' . $k . ']';
            } else {
                $itemName = $name;
            }
            $pairs = array_merge($pairs, self::flatten($itemName, $v, $useBrackets));
        }
        return $pairs;
    }
}
