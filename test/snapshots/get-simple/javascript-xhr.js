const xhr = new XMLHttpRequest();
xhr.open("GET", "{{baseUrl}}/v1/users?limit=10&page=2");
xhr.setRequestHeader("Accept", "application/json");
xhr.onload = () => console.log(xhr.responseText);
xhr.onerror = () => console.error("The request failed.");
xhr.send();
