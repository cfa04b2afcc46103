curl --location --globoff --request PROPFIND '{{baseUrl}}/dav/' \
--header 'Depth: 1' \
--header 'Content-Type: application/xml' \
--data-raw '<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
'
