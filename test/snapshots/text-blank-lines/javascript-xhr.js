const xhr = new XMLHttpRequest();
xhr.open("POST", "{{baseUrl}}/notes");
xhr.setRequestHeader("Content-Type", "text/plain");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send(`\tindented

  spaced  

`);
