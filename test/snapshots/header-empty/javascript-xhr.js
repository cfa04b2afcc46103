const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/empty");
xhr.setRequestHeader("X-Empty", "");
xhr.setRequestHeader("X-After", "set");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
