// A browser does not let a script set Origin, Access-Control-Request-Method: not sent.
const xhr = new XMLHttpRequest();
xhr.open("OPTIONS", "{{baseUrl}}/cors");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
