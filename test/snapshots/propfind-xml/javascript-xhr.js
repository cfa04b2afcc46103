const xhr = new XMLHttpRequest();
xhr.open("PROPFIND", "{{baseUrl}}/dav/");
xhr.setRequestHeader("Depth", "1");
xhr.setRequestHeader("Content-Type", "application/xml");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(`<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`);
