package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Depth", "1")
	req.Header.Add("Content-Type", "application/xml")
	req.SetBody(`<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>
`)

	resp, err := req.Execute("PROPFIND", "{{baseUrl}}/dav/")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
