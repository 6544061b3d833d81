export default function Popup() { return <div>hi</div> }
