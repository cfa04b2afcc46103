<?php
/**
 * Stand-in for HTTP_Request2's exception classes (2.5.1): the same names, hierarchy and error
 * codes; the base extends Exception where the real one extends PEAR_Exception.
 */
class HTTP_Request2_Exception extends Exception
{
    const INVALID_ARGUMENT   = 1;
    const MISSING_VALUE      = 2;
    const MISCONFIGURATION   = 3;
    const READ_ERROR         = 4;
    const MALFORMED_RESPONSE = 10;
    const DECODE_ERROR       = 20;
    const TIMEOUT            = 30;
    const TOO_MANY_REDIRECTS = 40;
    const NON_HTTP_REDIRECT  = 50;
}

/** A problem in the request set up by the caller (bad argument, unknown setting). */
class HTTP_Request2_LogicException extends HTTP_Request2_Exception
{
}

/** A feature HTTP_Request2 (or this stand-in) does not implement. */
class HTTP_Request2_NotImplementedException extends HTTP_Request2_Exception
{
}

/** The server could not be reached or the connection failed. */
class HTTP_Request2_ConnectionException extends HTTP_Request2_Exception
{
}

/** A malformed response, a timeout while reading, too many redirects. */
class HTTP_Request2_MessageException extends HTTP_Request2_Exception
{
}
