http --ignore-stdin PROPFIND '{{baseUrl}}/dav/' \
'Depth:1' \
'Content-Type:application/xml' \
--raw '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
'
