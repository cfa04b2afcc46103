const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/tags");
xhr.setRequestHeader("X-Tag", "alpha, beta, gamma");
xhr.setRequestHeader("Accept", "text/plain");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
